package org.tirek.vault.internal;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.platform.ServiceUnavailableException;
import org.tirek.vault.IntakeKeys;
import org.tirek.vault.VaultUnsealed;

/**
 * The intake keypair. The private keyset is the data key {@value #KEY_NAME} (wrapped by the master
 * key, cached while unsealed like every data key); its public keyset is kept serialised in {@code
 * vault_public_key} under the same name, where the public side reads it without any key.
 *
 * <p>The public keyset read from the database is cached for {@value #CACHE_MILLIS} ms, so a rotation
 * on another instance reaches this one within that time; until then reports are encrypted to the
 * previous key, which stays usable for decryption.
 */
@Service
class IntakeKeysImpl implements IntakeKeys {

    static final String KEY_NAME = "org:intake";
    static final long CACHE_MILLIS = 5_000;
    static final HpkeParameters HPKE = hpke();

    private final DataKeys keys;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private volatile @Nullable Cached cached;

    private record Cached(byte[] publicKeyset, HybridEncrypt encrypt, long freshUntil) {}

    IntakeKeysImpl(DataKeys keys, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Makes the keypair at set-up or at the first unseal after an upgrade, and publishes its public
     * half. After the set-up's transaction has committed: the new key is wrapped in a transaction of
     * its own, which must see the master key's row.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unsealed(VaultUnsealed event) {
        if (!keys.exists(KEY_NAME) || storedPublicKeyset().isEmpty()) publish(keys.keyset(KEY_NAME, true, HPKE));
    }

    @Override
    public HybridEncrypt encrypter() {
        Cached current = cached;
        long now = clock.millis();
        if (current != null && now < current.freshUntil()) return current.encrypt();
        byte[] stored = storedPublicKeyset()
                .orElseThrow(() -> new ServiceUnavailableException(
                        "Reports cannot be accepted yet: the organisation has not set up its keys."));
        if (current != null && Arrays.equals(current.publicKeyset(), stored)) {
            cached = new Cached(stored, current.encrypt(), now + CACHE_MILLIS);
            return current.encrypt();
        }
        try {
            HybridEncrypt encrypt = TinkProtoKeysetFormat.parseKeysetWithoutSecret(stored)
                    .getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            cached = new Cached(stored, encrypt, now + CACHE_MILLIS);
            return encrypt;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The stored intake public key is unusable", e);
        }
    }

    @Override
    public HybridDecrypt decrypter() {
        return keys.primitive(KEY_NAME, false, HPKE, HybridDecrypt.class);
    }

    @Override
    public void rotate() {
        tx.executeWithoutResult(status -> {
            keys.keyset(KEY_NAME, true, HPKE); // refuses while sealed; creates the first one if missing
            keys.rotate(KEY_NAME, HPKE);
            publish(keys.keyset(KEY_NAME, false, HPKE));
        });
        cached = null;
    }

    @Override
    public boolean available() {
        return storedPublicKeyset().isPresent();
    }

    @Override
    public String fingerprint() {
        byte[] stored = storedPublicKeyset().orElse(new byte[0]);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<byte[]> storedPublicKeyset() {
        return jdbc.sql("select public_key from vault_public_key where name = :n")
                .param("n", KEY_NAME)
                .query(byte[].class)
                .optional();
    }

    private void publish(KeysetHandle privateKeyset) {
        byte[] publicKeyset;
        try {
            publicKeyset = TinkProtoKeysetFormat.serializeKeysetWithoutSecret(privateKeyset.getPublicKeysetHandle());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the intake public key", e);
        }
        jdbc.sql("""
                        insert into vault_public_key (name, public_key, created_at) values (:n, :k, :now)
                        on conflict (name) do update set public_key = excluded.public_key, created_at = excluded.created_at
                        """)
                .param("n", KEY_NAME)
                .param("k", publicKeyset)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private static HpkeParameters hpke() {
        try {
            HybridConfig.register();
            return HpkeParameters.builder()
                    .setVariant(HpkeParameters.Variant.TINK)
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink HPKE is unavailable", e);
        }
    }
}
