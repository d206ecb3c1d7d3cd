package org.tirek.vault.internal;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Data keys are Tink AES-256-GCM keysets, stored encrypted under the master key with the scope as
 * associated data (a keyset copied to another scope does not open).
 */
@Component
class DataKeyWrapping {

    private final KeyStore store;
    private final Clock clock;

    DataKeyWrapping(KeyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Field values: AES-256-GCM with Tink's key-id prefix, so rotated keys still decrypt old values. */
    static final Parameters FIELD_KEY = PredefinedAeadParameters.AES256_GCM;

    /** Files: AES-256-GCM-HKDF streaming in 1 MiB segments. */
    static final Parameters STREAM_KEY = PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB;

    /** Blind indexes: HMAC-SHA256 as a Tink PRF (32-byte key). Never rotated: stored indexes depend on it. */
    static final Parameters PRF_KEY = PredefinedPrfParameters.HMAC_SHA256_PRF;

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
            StreamingAeadConfig.register();
            SignatureConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink is unavailable", e);
        }
    }

    static byte[] wrap(KeysetHandle keyset, RawKey master, String scope) {
        try {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, master.aead(), context(scope));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot wrap a data key", e);
        }
    }

    static KeysetHandle unwrap(byte[] wrapped, RawKey master, String scope) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(), context(scope));
    }

    /** Rewraps every live data key under {@code newMaster}, in the caller's transaction. */
    int rewrapAll(RawKey oldMaster, RawKey newMaster, int newVersion) {
        int count = 0;
        for (KeyStore.DataKeyRow row : store.liveDataKeys()) {
            byte[] wrapped = row.wrappedKeyset();
            if (wrapped == null) continue;
            try {
                KeysetHandle keyset = unwrap(wrapped, oldMaster, row.scope());
                store.updateDataKey(row.scope(), wrap(keyset, newMaster, row.scope()), newVersion, clock.instant());
                count++;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Data key of " + row.scope() + " does not open with the master key", e);
            }
        }
        return count;
    }

    private static byte[] context(String scope) {
        return ("tirek/datakey/" + scope).getBytes(StandardCharsets.UTF_8);
    }
}
