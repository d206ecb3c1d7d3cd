package org.tirek.vault;

/**
 * The organisation's Ed25519 signing key, kept wrapped by the master key. Signatures are plain
 * RFC 8032 Ed25519, so anyone can verify them with the public key and standard tools.
 */
public interface Signing {

    /**
     * Signs {@code data}; creates the key on first use.
     *
     * @throws VaultSealedException when sealed
     */
    byte[] sign(byte[] data);

    /** The raw 32-byte public key, available while sealed once the key exists. */
    byte[] publicKey();

    /** The public key as PEM ({@code -----BEGIN PUBLIC KEY-----}, X.509 SubjectPublicKeyInfo). */
    String publicKeyPem();
}
