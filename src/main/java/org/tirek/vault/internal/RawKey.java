package org.tirek.vault.internal;

import com.google.crypto.tink.AccessesPartialKey;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * A 256-bit key held as bytes we can overwrite, used as AES-256-GCM (Tink, no prefix) to wrap
 * other keys. Hazard: Tink keeps its own copy inside the primitive; {@link #destroy()} zeroes ours
 * and drops the primitive, and the garbage collector reclaims the rest.
 */
final class RawKey {

    static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink AEAD is unavailable", e);
        }
    }

    private final byte[] bytes;
    private volatile Aead aead;

    private RawKey(byte[] bytes) {
        if (bytes.length != LENGTH) throw new IllegalArgumentException("a key has 32 bytes");
        this.bytes = bytes.clone();
        this.aead = primitive(this.bytes);
    }

    static RawKey random() {
        byte[] bytes = new byte[LENGTH];
        RANDOM.nextBytes(bytes);
        RawKey key = new RawKey(bytes);
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    static RawKey of(byte[] bytes) {
        return new RawKey(bytes);
    }

    byte[] copyOfBytes() {
        return bytes.clone();
    }

    Aead aead() {
        return aead;
    }

    byte[] wrap(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** @throws GeneralSecurityException when the ciphertext is not ours (wrong key, altered, other context) */
    byte[] unwrap(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, associatedData);
    }

    void destroy() {
        Arrays.fill(bytes, (byte) 0);
        aead = DESTROYED;
    }

    @AccessesPartialKey // importing our own raw key bytes is the point of this class
    private static Aead primitive(byte[] bytes) {
        try {
            AesGcmParameters parameters = AesGcmParameters.builder()
                    .setKeySizeBytes(LENGTH)
                    .setIvSizeBytes(12)
                    .setTagSizeBytes(16)
                    .setVariant(AesGcmParameters.Variant.NO_PREFIX)
                    .build();
            AesGcmKey key = AesGcmKey.builder()
                    .setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get()))
                    .build();
            return KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary())
                    .build()
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot build AES-GCM from a raw key", e);
        }
    }

    private static final Aead DESTROYED = new Aead() {
        @Override
        public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
            throw new GeneralSecurityException("key destroyed");
        }

        @Override
        public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
            throw new GeneralSecurityException("key destroyed");
        }
    };

    @Override
    public String toString() {
        return "RawKey[redacted]";
    }
}
