package org.tirek.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.RegistryConfiguration;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.KeyScope;

/**
 * Named data keys (Tink keysets) wrapped by the master key, and their primitives cached in memory
 * while the vault is unsealed. A name is a scope ({@code case:<id>}) or a scope with a purpose
 * suffix ({@code case:<id>#stream}).
 *
 * <p>Hazard, several instances: a key destroyed (an erasure) or rotated on another instance is
 * noticed here when the cached primitive is next used after {@code tirek.vault.key-cache-ttl}
 * (2 seconds by default): older entries are checked against the database before use. Until then
 * this instance may go on using the cached key; that is the bound on how long an erasure takes to
 * reach every instance.
 */
@Component
class DataKeys {

    private final KeyStore store;
    private final Custody custody;
    private final MasterKeys masters;
    private final Clock clock;
    private final long cacheTtlMillis;
    private final TransactionTemplate newTransaction;

    DataKeys(
            KeyStore store,
            Custody custody,
            MasterKeys masters,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${tirek.vault.key-cache-ttl:2s}") Duration cacheTtl) {
        this.store = store;
        this.custody = custody;
        this.masters = masters;
        this.clock = clock;
        this.cacheTtlMillis = millis(cacheTtl);
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The primitive of the named key, created with {@code parameters} when {@code create} and absent.
     *
     * @throws org.tirek.vault.VaultSealedException when sealed
     * @throws DecryptionFailedException when the key is destroyed, or missing (and not to be created)
     */
    <P> P primitive(String name, boolean create, Parameters parameters, Class<P> type) {
        custody.master(); // refuses while sealed, also what is cached
        // the hot path (every seal and open): one map lookup and one comparison with the clock; no
        // database call, no string built
        Custody.CacheKey cacheKey = new Custody.CacheKey(name, type);
        Custody.CachedKey cached = custody.cachedKey(cacheKey);
        long now = clock.millis();
        if (cached != null && now < cached.freshUntil()) return type.cast(cached.primitive());
        KeyStore.DataKeyRow row = store.dataKey(name).orElse(null);
        if (row == null && create) row = createKey(name, parameters);
        byte[] wrapped = wrappedOf(name, row);
        if (cached != null && Arrays.equals(cached.wrapped(), wrapped)) {
            custody.cache(cacheKey, cached.checked(freshUntil(now)));
            return type.cast(cached.primitive());
        }
        P primitive = primitive(keyset(name), type);
        custody.cache(cacheKey, new Custody.CachedKey(primitive, wrapped, freshUntil(now)));
        return primitive;
    }

    /** Until when (exclusive) a key the database confirmed at {@code now} may be used from memory. */
    private long freshUntil(long now) {
        try {
            return Math.addExact(now, cacheTtlMillis);
        } catch (ArithmeticException e) { // a TTL of centuries: saturate rather than wrap around
            return cacheTtlMillis > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
    }

    /** The TTL in whole milliseconds, rounded down (so never longer than configured). */
    private static long millis(Duration ttl) {
        try {
            return ttl.toMillis();
        } catch (ArithmeticException e) {
            return ttl.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** The keyset itself (for signing keys, whose public half is published). */
    KeysetHandle keyset(String name, boolean create, Parameters parameters) {
        custody.master(); // refuses while sealed
        if (create && store.dataKey(name).isEmpty()) createKey(name, parameters);
        return keyset(name);
    }

    /** Forgets the cached primitives of the named key, so that the next use reads it again. */
    void forget(String name) {
        custody.forget(name);
    }

    /** Adds a new primary key of the same kind, in the caller's transaction; older keys stay for decryption. */
    void rotate(String name, Parameters parameters) {
        custody.master(); // refuses while sealed
        int version = store.lockMasterVersion();
        RawKey master = masters.atVersion(version);
        KeysetHandle rotated;
        try {
            rotated = KeysetHandle.newBuilder(keyset(name))
                    .addEntry(KeysetHandle.generateEntryFromParameters(parameters)
                            .withRandomId()
                            .makePrimary())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot rotate a data key", e);
        }
        store.updateDataKey(name, DataKeyWrapping.wrap(rotated, master, name), version, clock.instant());
        custody.forget(name);
    }

    void destroy(String name) {
        store.destroyDataKey(name, custody.masterVersion(), clock.instant());
        custody.forget(name);
    }

    boolean destroyed(String name) {
        return store.dataKey(name).map(r -> r.wrappedKeyset() == null).orElse(false);
    }

    boolean exists(String name) {
        return store.dataKey(name).isPresent();
    }

    /**
     * Creates the keys among {@code names} that do not exist yet, in one transaction of their own
     * (one commit for all, instead of one each), under the master row's lock as {@link #createKey}.
     */
    void createAll(java.util.List<String> names, Parameters parameters) {
        custody.master(); // refuses while sealed
        java.util.List<String> missing =
                names.stream().filter(n -> store.dataKey(n).isEmpty()).toList();
        if (missing.isEmpty()) return;
        java.util.Map<String, KeysetHandle> generated = new java.util.LinkedHashMap<>();
        for (String name : missing) {
            try {
                generated.put(name, KeysetHandle.generateNew(parameters));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot generate a data key", e);
            }
        }
        newTransaction.executeWithoutResult(status -> {
            int version = store.lockMasterVersion();
            RawKey master = masters.atVersion(version);
            java.time.Instant now = clock.instant();
            generated.forEach((name, keyset) ->
                    store.insertDataKey(name, DataKeyWrapping.wrap(keyset, master, name), version, now));
        });
    }

    /**
     * Commits the new key on its own: if the caller's transaction rolled back after values were
     * sealed under a cached key that never reached the database, those values would be lost. The
     * master row is locked meanwhile, so the key is wrapped under the master key that is stored when
     * it commits, even while another instance rotates it. Another instance may have created the key
     * first; then that one is returned.
     */
    private KeyStore.DataKeyRow createKey(String name, Parameters parameters) {
        KeysetHandle keyset;
        try {
            keyset = KeysetHandle.generateNew(parameters);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a data key", e);
        }
        newTransaction.executeWithoutResult(status -> {
            int version = store.lockMasterVersion();
            byte[] wrapped = DataKeyWrapping.wrap(keyset, masters.atVersion(version), name);
            store.insertDataKey(name, wrapped, version, clock.instant());
        });
        return store.dataKey(name).orElseThrow(() -> new IllegalStateException("A new data key was not stored"));
    }

    /**
     * Unwraps the stored keyset. A row read just before a rotation committed elsewhere may be
     * wrapped under the previous master key: then it is read once more.
     */
    private KeysetHandle keyset(String name) {
        for (int attempt = 1; ; attempt++) {
            KeyStore.DataKeyRow row = store.dataKey(name).orElse(null);
            byte[] wrapped = wrappedOf(name, row);
            int version = row == null ? 0 : row.masterVersion();
            try {
                return DataKeyWrapping.unwrap(wrapped, masters.atVersion(version), name);
            } catch (GeneralSecurityException e) {
                if (attempt == 1 && version != custody.masterVersion()) continue;
                throw DecryptionFailedException.failed("The data key of this record does not open");
            }
        }
    }

    private byte[] wrappedOf(String name, KeyStore.@Nullable DataKeyRow row) {
        if (row == null) throw DecryptionFailedException.failed("No data key exists for this record");
        byte[] wrapped = row.wrappedKeyset();
        if (wrapped == null) {
            custody.forget(name);
            throw DecryptionFailedException.keyDestroyed(scopeOf(name));
        }
        return wrapped;
    }

    /** The scope of a key name: {@code case:<id>#stream} belongs to {@code case:<id>}. */
    static KeyScope scopeOf(String name) {
        int purpose = name.indexOf('#');
        return new KeyScope(purpose < 0 ? name : name.substring(0, purpose));
    }

    private static <P> P primitive(KeysetHandle keyset, Class<P> type) {
        try {
            return keyset.getPrimitive(RegistryConfiguration.get(), type);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot use a data key", e);
        }
    }
}
