package org.tirek.vault.internal;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.VaultSealedException;

/**
 * The master key at the version the database holds. When another instance rotated the master key,
 * this instance finds a stored version newer than its own (when it wraps or unwraps a data key, and
 * once a second through {@link InstanceSync}); it then reads the master record again and opens the
 * new master key with the unseal key it keeps in memory. So no instance goes on wrapping new data
 * keys under a master key that is no longer stored, which would make them unreadable after its next
 * unseal.
 */
@Component
class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    private final KeyStore store;
    private final Custody custody;

    MasterKeys(KeyStore store, Custody custody) {
        this.store = store;
        this.custody = custody;
    }

    /**
     * The master key that wraps data keys of {@code version}: this instance's, after taking the
     * stored one if it is newer.
     *
     * @throws VaultSealedException when sealed
     */
    RawKey atVersion(int version) {
        if (version > custody.masterVersion()) refresh();
        return custody.master();
    }

    /** Takes the stored master key when it is newer than this instance's; does nothing while sealed. */
    synchronized void refresh() {
        if (custody.sealed()) return;
        MasterRecord record = store.master().orElse(null);
        if (record == null || record.masterVersion() <= custody.masterVersion()) return;
        byte[] bytes;
        try {
            bytes = custody.unsealKey().unwrap(record.wrappedMaster(), record.masterAssociatedData());
        } catch (GeneralSecurityException e) {
            if (custody.sealed()) throw new VaultSealedException();
            log.error(
                    "The stored master key (version {}) does not open with this instance's unseal key",
                    record.masterVersion());
            throw DecryptionFailedException.failed("The stored master key does not open");
        }
        custody.rotated(RawKey.of(bytes), record.masterVersion());
        Arrays.fill(bytes, (byte) 0);
        log.info(
                "Master key version {} taken from the database: it was rotated on another instance",
                record.masterVersion());
    }
}
