package org.tirek.vault.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vault's tables: the wrapped master key, share digests and wrapped data keys. */
@Repository
class KeyStore {

    private final JdbcClient jdbc;

    KeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MasterRecord> master() {
        return jdbc.sql("""
                        select method, kdf_salt, kdf_memory_kib, kdf_iterations, kdf_parallelism, share_count,
                               share_threshold, wrapped_master, master_version
                          from vault_master where id = 1
                        """)
                .query((rs, n) -> {
                    byte[] salt = rs.getBytes("kdf_salt");
                    PassphraseKdf.Parameters kdf = salt == null
                            ? null
                            : new PassphraseKdf.Parameters(
                                    salt,
                                    rs.getInt("kdf_memory_kib"),
                                    rs.getInt("kdf_iterations"),
                                    rs.getInt("kdf_parallelism"));
                    return new MasterRecord(
                            rs.getString("method"),
                            kdf,
                            rs.getInt("share_count"),
                            rs.getInt("share_threshold"),
                            rs.getBytes("wrapped_master"),
                            rs.getInt("master_version"));
                })
                .optional();
    }

    /** Inserts the master row; false when one exists already (initialised elsewhere first). */
    boolean insertMaster(MasterRecord record, Instant now) {
        PassphraseKdf.Parameters kdf = record.kdf();
        return jdbc.sql("""
                        insert into vault_master (id, method, kdf_salt, kdf_memory_kib, kdf_iterations,
                                                  kdf_parallelism, share_count, share_threshold, wrapped_master,
                                                  master_version, created_at)
                        values (1, :method, :salt, :memory, :iterations, :parallelism, :shares, :threshold,
                                :wrapped, :version, :now)
                        on conflict (id) do nothing
                        """)
                        .param("method", record.method())
                        .param("salt", kdf == null ? null : kdf.salt())
                        .param("memory", kdf == null ? null : kdf.memoryKib())
                        .param("iterations", kdf == null ? null : kdf.iterations())
                        .param("parallelism", kdf == null ? null : kdf.parallelism())
                        .param("shares", record.shareCount())
                        .param("threshold", record.shareThreshold())
                        .param("wrapped", record.wrappedMaster())
                        .param("version", record.masterVersion())
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /**
     * The stored master version, with the row locked against a rotation until the caller's
     * transaction ends ({@code for share}): a data key wrapped under this version stays valid. A
     * rotation committed meanwhile is waited for, and its version is returned.
     */
    int lockMasterVersion() {
        return jdbc.sql("select master_version from vault_master where id = 1 for share")
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("The vault is not initialised"));
    }

    /** The stored master version, with the row locked for a rotation ({@code for update}). */
    int lockMasterForRotation() {
        return jdbc.sql("select master_version from vault_master where id = 1 for update")
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("The vault is not initialised"));
    }

    void replaceMaster(byte[] wrapped, int version, Instant now) {
        jdbc.sql("update vault_master set wrapped_master = :w, master_version = :v, rotated_at = :now where id = 1")
                .param("w", wrapped)
                .param("v", version)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** How many times any instance was sealed: each instance compares it with the value it saw at unseal. */
    long sealEpoch() {
        return jdbc.sql("select epoch from vault_seal_epoch where id = 1")
                .query(Long.class)
                .single();
    }

    /** Records a seal: every other unsealed instance sees the epoch move and seals itself. */
    void bumpSealEpoch(Instant now) {
        jdbc.sql("update vault_seal_epoch set epoch = epoch + 1, sealed_at = :now where id = 1")
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The seal epoch and the stored master version (0 before set-up), in one cheap query. */
    Shared shared() {
        return jdbc.sql("""
                        select e.epoch, coalesce(m.master_version, 0) as master_version
                          from vault_seal_epoch e left join vault_master m on m.id = 1
                         where e.id = 1
                        """)
                .query((rs, n) -> new Shared(rs.getLong("epoch"), rs.getInt("master_version")))
                .single();
    }

    /** What instances share about the vault through the database. */
    record Shared(long sealEpoch, int masterVersion) {}

    void insertShareCheck(int index, byte[] salt, byte[] digest) {
        jdbc.sql("insert into vault_share_check (share_index, salt, digest) values (:i, :s, :d)")
                .param("i", index)
                .param("s", salt)
                .param("d", digest)
                .update();
    }

    Optional<ShareCheck> shareCheck(int index) {
        return jdbc.sql("select salt, digest from vault_share_check where share_index = :i")
                .param("i", index)
                .query((rs, n) -> new ShareCheck(rs.getBytes("salt"), rs.getBytes("digest")))
                .optional();
    }

    record ShareCheck(byte[] salt, byte[] digest) {}

    /** A data-key row; {@code wrappedKeyset} is null once the key was destroyed. */
    record DataKeyRow(String scope, byte @Nullable [] wrappedKeyset, int masterVersion) {}

    Optional<DataKeyRow> dataKey(String scope) {
        return jdbc.sql("select scope, wrapped_keyset, master_version from vault_data_key where scope = :s")
                .param("s", scope)
                .query((rs, n) -> new DataKeyRow(
                        rs.getString("scope"), rs.getBytes("wrapped_keyset"), rs.getInt("master_version")))
                .optional();
    }

    List<DataKeyRow> liveDataKeys() {
        return jdbc.sql("""
                        select scope, wrapped_keyset, master_version from vault_data_key
                         where wrapped_keyset is not null order by scope for update
                        """)
                .query((rs, n) -> new DataKeyRow(
                        rs.getString("scope"), rs.getBytes("wrapped_keyset"), rs.getInt("master_version")))
                .list();
    }

    boolean insertDataKey(String scope, byte[] wrapped, int masterVersion, Instant now) {
        return jdbc.sql("""
                        insert into vault_data_key (scope, wrapped_keyset, master_version, created_at)
                        values (:s, :w, :v, :now) on conflict (scope) do nothing
                        """)
                        .param("s", scope)
                        .param("w", wrapped)
                        .param("v", masterVersion)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    void updateDataKey(String scope, byte[] wrapped, int masterVersion, Instant now) {
        jdbc.sql("""
                        update vault_data_key set wrapped_keyset = :w, master_version = :v, rotated_at = :now
                         where scope = :s and wrapped_keyset is not null
                        """)
                .param("w", wrapped)
                .param("v", masterVersion)
                .param("now", Timestamp.from(now))
                .param("s", scope)
                .update();
    }

    /** Destroys the wrapped key; a row is kept (without key) so that the scope reads as shredded. */
    void destroyDataKey(String scope, int masterVersion, Instant now) {
        jdbc.sql("""
                        insert into vault_data_key (scope, wrapped_keyset, master_version, created_at, destroyed_at)
                        values (:s, null, :v, :now, :now)
                        on conflict (scope) do update set wrapped_keyset = null, destroyed_at = :now
                        """)
                .param("s", scope)
                .param("v", masterVersion)
                .param("now", Timestamp.from(now))
                .update();
    }

    long countDataKeys() {
        return jdbc.sql("select count(*) from vault_data_key where wrapped_keyset is not null")
                .query(Long.class)
                .single();
    }
}
