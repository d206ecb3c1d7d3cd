package org.tirek.vault;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;

/**
 * The organisation's intake keypair: HPKE (RFC 9180) with X25519, HKDF-SHA256 and AES-256-GCM,
 * through Tink's hybrid encryption. The public half is readable while the vault is sealed, so that
 * anonymous reports can be encrypted on arrival by a server that holds no secret; the private half
 * is a keyset wrapped by the master key like any data key, usable only while unsealed.
 *
 * <p>The keypair is made when the vault is set up or first unsealed. {@link #rotate()} adds a new
 * primary key and keeps the older ones, so that reports encrypted before still open (Tink's key-id
 * prefix in each ciphertext names the key).
 */
public interface IntakeKeys {

    /**
     * Encrypts to the current public key; works while sealed.
     *
     * @throws org.tirek.platform.ServiceUnavailableException when no intake key exists yet (the vault
     *     was never set up)
     */
    HybridEncrypt encrypter();

    /**
     * Decrypts with any of the organisation's intake private keys, old or current.
     *
     * @throws VaultSealedException when sealed
     * @throws DecryptionFailedException when the key is missing or destroyed
     */
    HybridDecrypt decrypter();

    /**
     * Adds a new primary keypair and publishes its public half; older private keys stay for decryption.
     *
     * @throws VaultSealedException when sealed
     */
    void rotate();

    /** Whether a public key exists (the vault was set up); readable while sealed. */
    boolean available();

    /** A short fingerprint of the current public keyset (SHA-256, first 8 bytes in hex), for operators. */
    String fingerprint();
}
