package org.tirek.vault.internal;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import org.springframework.stereotype.Service;
import org.tirek.vault.KeyScope;
import org.tirek.vault.StreamEncryption;

@Service
class StreamEncryptionImpl implements StreamEncryption {

    private final DataKeys keys;

    StreamEncryptionImpl(DataKeys keys) {
        this.keys = keys;
    }

    static String keyName(KeyScope scope) {
        return scope.value() + "#stream";
    }

    @Override
    public OutputStream encrypting(KeyScope scope, String context, OutputStream sink) {
        try {
            return streaming(scope, true).newEncryptingStream(sink, associatedData(scope, context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start stream encryption", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream decrypting(KeyScope scope, String context, InputStream source) {
        try {
            return streaming(scope, false).newDecryptingStream(source, associatedData(scope, context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot start stream decryption", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StreamingAead streaming(KeyScope scope, boolean create) {
        return keys.primitive(keyName(scope), create, DataKeyWrapping.STREAM_KEY, StreamingAead.class);
    }

    private static byte[] associatedData(KeyScope scope, String context) {
        return ("tirek/stream/v1|" + scope.value() + "|" + context).getBytes(StandardCharsets.UTF_8);
    }
}
