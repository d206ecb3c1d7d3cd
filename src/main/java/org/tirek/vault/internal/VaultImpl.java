package org.tirek.vault.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tirek.identity.Sessions;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultSealed;
import org.tirek.vault.VaultStatus;
import org.tirek.vault.VaultUnsealed;

@Service
class VaultImpl implements Vault {

    private static final Logger log = LoggerFactory.getLogger(VaultImpl.class);
    static final int MIN_PASSPHRASE = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyStore store;
    private final Custody custody;
    private final DataKeyWrapping wrapping;
    private final MasterKeys masters;
    private final UnsealThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;
    private final VaultAudit audit;
    private final Clock clock;
    private final int kdfMemoryKib;
    private final Duration kdfTarget;

    VaultImpl(
            KeyStore store,
            Custody custody,
            DataKeyWrapping wrapping,
            MasterKeys masters,
            UnsealThrottle throttle,
            ApplicationEventPublisher events,
            Sessions sessions,
            VaultAudit audit,
            Clock clock,
            @Value("${tirek.vault.kdf.memory-kib:65536}") int kdfMemoryKib,
            @Value("${tirek.vault.kdf.target:500ms}") Duration kdfTarget) {
        this.store = store;
        this.custody = custody;
        this.wrapping = wrapping;
        this.masters = masters;
        this.throttle = throttle;
        this.events = events;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.kdfMemoryKib = kdfMemoryKib;
        this.kdfTarget = kdfTarget;
    }

    @Override
    public VaultStatus status() {
        return store.master()
                .map(m -> new VaultStatus(
                        true,
                        custody.sealed(),
                        m.method(),
                        m.usesShares() ? m.shareThreshold() : 1,
                        custody.offeredCount()))
                .orElse(new VaultStatus(false, true, null, 0, 0));
    }

    @Override
    @Transactional
    public void initWithPassphrase(String passphrase) {
        refuseIfInitialised();
        if (passphrase.length() < MIN_PASSPHRASE) {
            throw new InvalidRequestException(
                    "The passphrase needs at least " + MIN_PASSPHRASE + " characters",
                    Map.of("passphrase", "at least " + MIN_PASSPHRASE + " characters"));
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        PassphraseKdf.Parameters kdf = PassphraseKdf.calibrate(salt, kdfMemoryKib, kdfTarget);
        RawKey unsealKey = PassphraseKdf.derive(passphrase, kdf);
        create(MasterRecord.PASSPHRASE, kdf, 0, 0, unsealKey);
        audit.record(VaultAudit.INIT);
        log.info("Vault initialised with a passphrase ({})", kdf);
    }

    @Override
    @Transactional
    public List<String> initWithShares(int shares, int threshold) {
        refuseIfInitialised();
        if (threshold < 2 || threshold > shares || shares > 10) {
            throw new InvalidRequestException(
                    "Choose 2 <= threshold <= shares <= 10",
                    Map.of("threshold", "between 2 and the number of shares", "shares", "at most 10"));
        }
        RawKey unsealKey = RawKey.random();
        List<CustodianShares.Share> split = CustodianShares.split(unsealKey, shares, threshold);
        for (CustodianShares.Share share : split) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            store.insertShareCheck(share.index(), salt, CustodianShares.digest(salt, share));
        }
        create(MasterRecord.SHARES, null, shares, threshold, unsealKey);
        audit.record(VaultAudit.INIT);
        log.info("Vault initialised with {}-of-{} custodian shares", threshold, shares);
        return split.stream().map(CustodianShares.Share::encode).toList();
    }

    private void create(
            String method, PassphraseKdf.@Nullable Parameters kdf, int shares, int threshold, RawKey unsealKey) {
        RawKey master = RawKey.random();
        byte[] masterBytes = master.copyOfBytes();
        byte[] wrapped = unsealKey.wrap(masterBytes, MasterRecord.masterAssociatedData(1));
        java.util.Arrays.fill(masterBytes, (byte) 0);
        MasterRecord record = new MasterRecord(method, kdf, shares, threshold, wrapped, 1);
        if (!store.insertMaster(record, clock.instant())) refuseIfInitialised();
        custody.unsealed(master, unsealKey, 1, store.sealEpoch());
        throttle.reset();
        events.publishEvent(new VaultUnsealed());
    }

    private void refuseIfInitialised() {
        if (store.master().isPresent()) {
            throw new InvalidRequestException("The vault is already initialised");
        }
    }

    @Override
    public VaultStatus unseal(String secret) {
        MasterRecord record =
                store.master().orElseThrow(() -> new InvalidRequestException("The vault is not initialised yet"));
        if (!custody.sealed()) return status();
        return throttle.oneAttempt(() -> {
            if (!custody.sealed()) return status(); // unsealed by the attempt that ran just before
            // read before the attempt: a seal anywhere after this moment seals this instance again
            long epoch = store.sealEpoch();
            if (record.usesShares()) offerShare(record, secret, epoch);
            else openWithPassphrase(record, secret, epoch);
            return status();
        });
    }

    private void openWithPassphrase(MasterRecord record, String passphrase, long epoch) {
        PassphraseKdf.Parameters kdf = record.kdf();
        if (kdf == null) throw new IllegalStateException("passphrase vault without KDF parameters");
        RawKey unsealKey = PassphraseKdf.derive(passphrase, kdf);
        if (!openMaster(record, unsealKey, epoch)) {
            unsealKey.destroy();
            throttle.failed();
            audit.denied(VaultAudit.UNSEAL);
            throw new InvalidRequestException(
                    "This passphrase does not open the vault", Map.of("secret", "wrong passphrase"));
        }
    }

    private void offerShare(MasterRecord record, String text, long epoch) {
        CustodianShares.Share share;
        try {
            share = CustodianShares.parse(text);
        } catch (IllegalArgumentException e) {
            throttle.failed();
            audit.denied(VaultAudit.UNSEAL);
            throw new InvalidRequestException(String.valueOf(e.getMessage()), Map.of("secret", "not a key share"));
        }
        KeyStore.ShareCheck check = store.shareCheck(share.index()).orElse(null);
        if (check == null || !MessageDigest.isEqual(check.digest(), CustodianShares.digest(check.salt(), share))) {
            throttle.failed();
            audit.denied(VaultAudit.UNSEAL);
            throw new InvalidRequestException(
                    "Share " + share.index() + " is not one of this vault's shares",
                    Map.of("secret", "share " + share.index() + " does not belong to this vault"));
        }
        if (custody.offer(share) < record.shareThreshold()) return;
        RawKey unsealKey = CustodianShares.combine(custody.offeredShares());
        if (!openMaster(record, unsealKey, epoch)) {
            unsealKey.destroy();
            custody.clearShares();
            throttle.failed();
            audit.denied(VaultAudit.UNSEAL);
            throw new InvalidRequestException("The shares given do not open the vault; start again");
        }
    }

    private boolean openMaster(MasterRecord record, RawKey unsealKey, long epoch) {
        try {
            byte[] masterBytes = unsealKey.unwrap(record.wrappedMaster(), record.masterAssociatedData());
            RawKey master = RawKey.of(masterBytes);
            java.util.Arrays.fill(masterBytes, (byte) 0);
            custody.unsealed(master, unsealKey, record.masterVersion(), epoch);
            throttle.reset();
            audit.record(VaultAudit.UNSEAL);
            log.info("Vault unsealed");
            events.publishEvent(new VaultUnsealed());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Seals this instance at once, then every other: the seal epoch in the database moves, and each
     * unsealed instance seals itself within about a second ({@link InstanceSync}).
     */
    @Override
    public void seal() {
        custody.seal();
        store.bumpSealEpoch(clock.instant());
        audit.record(VaultAudit.SEAL);
        int ended = sessions.endAll();
        log.warn("Vault sealed: keys removed from memory, {} sessions ended; other instances follow", ended);
        events.publishEvent(new VaultSealed());
    }

    /** Seals this instance because another was sealed (the seal epoch moved); sessions already ended. */
    void sealBecauseAnotherInstanceWas() {
        if (!custody.seal()) return;
        audit.record(VaultAudit.SEAL_FOLLOWED);
        log.warn("Vault sealed: another instance was sealed; keys removed from memory");
        events.publishEvent(new VaultSealed());
    }

    /**
     * Replaces the master key, with the master row locked so that no instance wraps a new data key
     * meanwhile (they wait, then see the new version and take the new master key). This instance
     * uses the new key once the transaction has committed.
     */
    @Override
    @Transactional
    public void rotateMasterKey() {
        custody.master(); // refuses while sealed
        int stored = store.lockMasterForRotation();
        RawKey oldMaster = masters.atVersion(stored);
        RawKey unsealKey = custody.unsealKey();
        int version = stored + 1;
        RawKey newMaster = RawKey.random();
        int rewrapped = wrapping.rewrapAll(oldMaster, newMaster, version);
        byte[] bytes = newMaster.copyOfBytes();
        store.replaceMaster(
                unsealKey.wrap(bytes, MasterRecord.masterAssociatedData(version)), version, clock.instant());
        java.util.Arrays.fill(bytes, (byte) 0);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) custody.rotated(newMaster, version);
                else newMaster.destroy();
            }
        });
        audit.record(VaultAudit.ROTATE_MASTER_KEY);
        log.info("Master key rotated to version {}; {} data keys rewrapped", version, rewrapped);
    }
}
