package org.tirek.vault.internal;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance in step with the others through the database, once a second while unsealed:
 * it seals itself when another instance was sealed (the seal epoch moved since this one was
 * unsealed), and takes the new master key when another instance rotated it.
 *
 * <p>Every instance must run this, so it is deliberately not under a scheduler lock. It is one
 * query on two one-row tables. When the database cannot be reached the instance stays as it is
 * (nothing can be read or written without the database anyway) and says so once in the log.
 */
@Component
class InstanceSync {

    private static final Logger log = LoggerFactory.getLogger(InstanceSync.class);

    private final KeyStore store;
    private final Custody custody;
    private final MasterKeys masters;
    private final VaultImpl vault;
    private volatile boolean unreachable;

    InstanceSync(KeyStore store, Custody custody, MasterKeys masters, VaultImpl vault) {
        this.store = store;
        this.custody = custody;
        this.masters = masters;
        this.vault = vault;
    }

    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.SECONDS)
    void check() {
        if (custody.sealed()) return;
        KeyStore.Shared shared;
        try {
            shared = store.shared();
        } catch (DataAccessException e) {
            if (!unreachable)
                log.warn(
                        "Cannot check whether other instances were sealed: {}",
                        e.getClass().getName());
            unreachable = true;
            return;
        }
        unreachable = false;
        if (shared.sealEpoch() != custody.sealEpoch()) vault.sealBecauseAnotherInstanceWas();
        else if (shared.masterVersion() > custody.masterVersion()) masters.refresh();
    }
}
