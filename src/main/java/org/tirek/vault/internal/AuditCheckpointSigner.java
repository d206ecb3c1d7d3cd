package org.tirek.vault.internal;

import org.springframework.stereotype.Component;
import org.tirek.audit.CheckpointSigner;
import org.tirek.vault.Signing;

/** Lends the audit trail the organisation's Ed25519 key to sign checkpoints, while unsealed. */
@Component
class AuditCheckpointSigner implements CheckpointSigner {

    private final Signing signing;
    private final Custody custody;

    AuditCheckpointSigner(Signing signing, Custody custody) {
        this.signing = signing;
        this.custody = custody;
    }

    @Override
    public boolean ready() {
        return !custody.sealed();
    }

    @Override
    public byte[] sign(byte[] data) {
        return signing.sign(data);
    }

    @Override
    public byte[] publicKey() {
        return signing.publicKey();
    }
}
