package org.tirek.audit;

/**
 * Signs checkpoints of the chain's head. The vault provides it with the organisation's Ed25519 key;
 * the audit module never holds a private key itself.
 */
public interface CheckpointSigner {

    /** Whether {@link #sign} can work now (the vault is unsealed). */
    boolean ready();

    /**
     * An RFC 8032 Ed25519 signature of {@code data}.
     *
     * @throws org.tirek.platform.ServiceUnavailableException when not {@link #ready()}
     */
    byte[] sign(byte[] data);

    /** The raw 32-byte public key that verifies {@link #sign}'s signatures. */
    byte[] publicKey();
}
