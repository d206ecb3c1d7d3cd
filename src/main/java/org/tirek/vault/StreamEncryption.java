package org.tirek.vault;

import java.io.InputStream;
import java.io.OutputStream;

/**
 * Encryption of files as streams (Tink AES-256-GCM-HKDF streaming, 1 MiB segments) under the
 * scope's stream key: constant memory whatever the size. The context (for example the file id) is
 * bound as associated data, so a ciphertext stored under another file's name does not decrypt.
 * Both need an unsealed vault; shredding the scope destroys this key too.
 */
public interface StreamEncryption {

    /**
     * Wraps {@code sink}; what is written to the result reaches {@code sink} encrypted. Closing the
     * result finishes the ciphertext and closes {@code sink}.
     *
     * @throws VaultSealedException when sealed
     */
    OutputStream encrypting(KeyScope scope, String context, OutputStream sink);

    /**
     * Wraps {@code source}; reading the result yields the plaintext, or an {@code IOException} as
     * soon as a segment fails authentication (altered, truncated or foreign ciphertext).
     *
     * @throws VaultSealedException when sealed
     * @throws DecryptionFailedException when the scope's key was destroyed
     */
    InputStream decrypting(KeyScope scope, String context, InputStream source);
}
