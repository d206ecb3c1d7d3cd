package org.tirek.intake.internal;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tirek.vault.DecryptionFailedException;
import org.tirek.vault.IntakeKeys;

/**
 * Encryption on arrival. Texts (answers, messages, file descriptions) are HPKE-encrypted to the
 * organisation's intake public key, each with a fresh encapsulated key; a file's content is
 * encrypted with Tink streaming AEAD (AES-256-GCM-HKDF, 1 MiB segments) under a random key made for
 * that file alone, which is stored only HPKE-wrapped. Sealing needs no secret and works while the
 * vault is sealed; opening needs the intake private key, so an unsealed vault.
 *
 * <p>Every ciphertext is bound to its row: the HPKE context info and the associated data name the
 * table, the column and the row id, so a ciphertext moved to another row does not open.
 */
@Component
class Envelopes {

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink streaming AEAD is unavailable", e);
        }
    }

    private final IntakeKeys keys;

    Envelopes(IntakeKeys keys) {
        this.keys = keys;
    }

    /** Encrypts a text for {@code table.column} of row {@code id}; works while sealed. */
    byte[] seal(String table, String column, UUID id, String plaintext) {
        try {
            return keys.encrypter().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(table, column, id));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Intake encryption failed", e);
        }
    }

    /**
     * Decrypts a text sealed by {@link #seal}.
     *
     * @throws org.tirek.vault.VaultSealedException when sealed
     * @throws DecryptionFailedException when the ciphertext was altered or belongs to another row
     */
    String open(String table, String column, UUID id, byte[] ciphertext) {
        try {
            return new String(keys.decrypter().decrypt(ciphertext, context(table, column, id)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw DecryptionFailedException.failed("The value of " + table + "." + column + " could not be decrypted");
        }
    }

    /** A new file key; its wrapped form goes into the file's row, its stream into the content's. */
    FileKey newFileKey(UUID fileId) {
        try {
            KeysetHandle keyset = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB);
            byte[] serialized = TinkProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
            byte[] wrapped = keys.encrypter().encrypt(serialized, context("intake_file", "wrapped_key", fileId));
            java.util.Arrays.fill(serialized, (byte) 0);
            return new FileKey(fileId, wrapped, keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make a file key", e);
        }
    }

    /**
     * Unwraps a file's key with the intake private key.
     *
     * @throws org.tirek.vault.VaultSealedException when sealed
     */
    FileKey fileKey(UUID fileId, byte[] wrapped) {
        byte[] serialized;
        try {
            serialized = keys.decrypter().decrypt(wrapped, context("intake_file", "wrapped_key", fileId));
        } catch (GeneralSecurityException e) {
            throw DecryptionFailedException.failed("The key of an intake file could not be decrypted");
        }
        try {
            KeysetHandle keyset = TinkProtoKeysetFormat.parseKeyset(serialized, InsecureSecretKeyAccess.get());
            return new FileKey(fileId, wrapped, keyset.getPrimitive(RegistryConfiguration.get(), StreamingAead.class));
        } catch (GeneralSecurityException e) {
            throw DecryptionFailedException.failed("The key of an intake file is damaged");
        } finally {
            java.util.Arrays.fill(serialized, (byte) 0);
        }
    }

    private static byte[] context(String table, String column, UUID id) {
        return ("tirek/intake/v1|" + table + "|" + column + "|" + id).getBytes(StandardCharsets.UTF_8);
    }

    /** One file's content key. {@code toString()} never shows it. */
    static final class FileKey {
        private final UUID fileId;
        private final byte[] wrapped;
        private final StreamingAead streaming;

        private FileKey(UUID fileId, byte[] wrapped, StreamingAead streaming) {
            this.fileId = fileId;
            this.wrapped = wrapped;
            this.streaming = streaming;
        }

        byte[] wrapped() {
            return wrapped.clone();
        }

        /** Wraps {@code sink}: what is written reaches it encrypted; closing finishes the ciphertext. */
        OutputStream encrypting(OutputStream sink) {
            try {
                return streaming.newEncryptingStream(sink, context("intake_file_content", "content", fileId));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot start file encryption", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The plaintext of {@code source}; reading fails with an {@code IOException} on altered content. */
        InputStream decrypting(InputStream source) {
            try {
                return streaming.newDecryptingStream(source, context("intake_file_content", "content", fileId));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot start file decryption", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "FileKey[redacted]";
        }
    }
}
