package org.tirek.vault.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.vault.VaultSealedException;

/**
 * The keys in this process's memory: the master key and the unseal key between unseal and seal,
 * the unwrapped data keys used since, and the shares offered towards an unseal. Nothing here is
 * ever written anywhere. {@link #seal()} forgets all of it at once.
 *
 * <p>The unseal key stays in memory so that this instance can open a master key that another
 * instance rotated ({@link MasterKeys}); the seal epoch read at unseal tells whether another
 * instance was sealed since ({@link InstanceSync}).
 *
 * <p>Hazard: anyone who can read this process's memory while it is unsealed can read the keys;
 * that threat (a compromised running server) is outside what sealing protects against.
 */
@Component
class Custody {

    private volatile @Nullable RawKey master;
    private volatile @Nullable RawKey unsealKey;
    private volatile int masterVersion;
    private volatile long sealEpoch;
    private final Map<CacheKey, CachedKey> dataKeys = new ConcurrentHashMap<>();
    private final Map<Integer, CustodianShares.Share> offeredShares = new TreeMap<>();

    /**
     * Where a data key's primitive is cached: the key's name and the primitive's type (one keyset
     * could serve several). A record rather than a concatenated string, so that the hot path of
     * {@link DataKeys#primitive} builds and hashes no new string per call.
     */
    record CacheKey(String name, Class<?> type) {}

    /**
     * A data key's primitive, with the wrapped keyset it came from and until when (the clock's
     * epoch milliseconds, exclusive) it may be used without asking the database again, so that a
     * key destroyed or rotated elsewhere is noticed. The deadline is computed once when the
     * database confirmed the keyset, so that a use costs one comparison with the clock.
     */
    record CachedKey(Object primitive, byte[] wrapped, long freshUntil) {
        CachedKey checked(long until) {
            return new CachedKey(primitive, wrapped, until);
        }

        @Override
        public String toString() {
            return "CachedKey[fresh until " + freshUntil + "]";
        }
    }

    boolean sealed() {
        return master == null;
    }

    /** The master key, or {@link VaultSealedException}. */
    RawKey master() {
        RawKey key = master;
        if (key == null) throw new VaultSealedException();
        return key;
    }

    RawKey unsealKey() {
        RawKey key = unsealKey;
        if (key == null) throw new VaultSealedException();
        return key;
    }

    int masterVersion() {
        return masterVersion;
    }

    /** The seal epoch of the database when this instance was unsealed. */
    long sealEpoch() {
        return sealEpoch;
    }

    synchronized void unsealed(RawKey masterKey, RawKey unsealingKey, int version, long epoch) {
        clearShares();
        master = masterKey;
        unsealKey = unsealingKey;
        masterVersion = version;
        sealEpoch = epoch;
    }

    /**
     * Replaces the master key by a newer version and destroys the old one; an older or equal version
     * (another thread was faster) is destroyed instead. Ignored while sealed.
     */
    synchronized void rotated(RawKey newMaster, int version) {
        RawKey old = master;
        if (old == null || version <= masterVersion) {
            newMaster.destroy();
            return;
        }
        master = newMaster;
        masterVersion = version;
        dataKeys.clear();
        old.destroy();
    }

    /** Forgets every key; false when it was sealed already. */
    synchronized boolean seal() {
        RawKey m = master;
        RawKey u = unsealKey;
        master = null;
        unsealKey = null;
        dataKeys.clear();
        clearShares();
        if (m != null) m.destroy();
        if (u != null) u.destroy();
        return m != null;
    }

    @Nullable CachedKey cachedKey(CacheKey cacheKey) {
        return dataKeys.get(cacheKey);
    }

    /** Keeps a data key's primitive, unless the vault was sealed meanwhile. */
    synchronized void cache(CacheKey cacheKey, CachedKey key) {
        if (master != null) dataKeys.put(cacheKey, key);
    }

    /** Forgets every primitive of the named data key (of every type), and only of that key. */
    void forget(String name) {
        dataKeys.keySet().removeIf(k -> k.name().equals(name));
    }

    synchronized int offer(CustodianShares.Share share) {
        offeredShares.put(share.index(), share);
        return offeredShares.size();
    }

    synchronized List<CustodianShares.Share> offeredShares() {
        return List.copyOf(offeredShares.values());
    }

    synchronized int offeredCount() {
        return offeredShares.size();
    }

    synchronized void clearShares() {
        offeredShares.values().forEach(s -> java.util.Arrays.fill(s.value(), (byte) 0));
        offeredShares.clear();
    }
}
