package org.tirek.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Files from reporters: counted, size-limited, their media type sniffed from the content (Apache
 * Tika's magic numbers, never the name or the browser's claim), hashed (SHA-256 of the plaintext, on
 * arrival) and encrypted under a key of their own in one pass.
 */
@Component
public class Uploads {

    private static final int PREFIX = 64 * 1024;
    /**
     * The types accepted unless {@code tirek.intake.file-types} says otherwise, as Tika names them
     * from the content: photos, PDF, text, voice notes and videos from phones (WAV is {@code
     * audio/vnd.wave}, Ogg Opus and Vorbis {@code audio/opus}, {@code audio/vorbis} or {@code
     * application/ogg}).
     */
    static final String DEFAULT_TYPES = "image/jpeg,image/png,image/gif,image/webp,image/heic,application/pdf,"
            + "text/plain,audio/mpeg,audio/mp4,audio/ogg,audio/opus,audio/vorbis,application/ogg,audio/x-wav,"
            + "audio/vnd.wave,audio/wav,video/mp4,video/quicktime";

    private final Tika tika = new Tika();
    private final long maxSize;
    private final int maxFiles;
    private final Set<String> allowedTypes;

    Uploads(
            @Value("${tirek.intake.max-file-size:10MB}") DataSize maxSize,
            @Value("${tirek.intake.max-files:5}") int maxFiles,
            @Value("${tirek.intake.file-types:" + DEFAULT_TYPES + "}") List<String> allowedTypes) {
        this.maxSize = maxSize.toBytes();
        this.maxFiles = maxFiles;
        this.allowedTypes = Set.copyOf(allowedTypes);
    }

    long maxSize() {
        return maxSize;
    }

    int maxFiles() {
        return maxFiles;
    }

    /** A file as it came. {@code content} is read once. */
    public record Incoming(String name, InputStream content) {}

    /** A file checked and encrypted, ready to be written. */
    record Sealed(
            UUID id, String name, String mediaType, long size, String sha256, byte[] wrappedKey, byte[] ciphertext) {
        @Override
        public String toString() {
            return "Sealed[" + id + "]";
        }
    }

    /** Why a file was refused: a message key of the {@code intake} bundle. */
    static final class Refused extends RuntimeException {
        private final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /**
     * Checks and encrypts one file.
     *
     * @throws Refused when it is empty, too large or of a type not accepted
     */
    Sealed seal(Incoming file, Envelopes envelopes) {
        UUID id = UUID.randomUUID();
        MessageDigest sha = sha256();
        try (InputStream in = new DigestInputStream(file.content(), sha)) {
            byte[] prefix = in.readNBytes(PREFIX);
            if (prefix.length == 0) throw new Refused("intake.error.file.empty");
            String type = tika.detect(new ByteArrayInputStream(prefix));
            if (!allowedTypes.contains(type)) throw new Refused("intake.error.file.type");
            Envelopes.FileKey key = envelopes.newFileKey(id);
            ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
            long size = prefix.length;
            try (OutputStream out = key.encrypting(ciphertext)) {
                out.write(prefix);
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxSize) throw new Refused("intake.error.file.tooLarge");
                    out.write(buffer, 0, n);
                }
            }
            return new Sealed(
                    id,
                    cleanName(file.name()),
                    type,
                    size,
                    HexFormat.of().formatHex(sha.digest()),
                    key.wrapped(),
                    ciphertext.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("A file could not be read", e);
        }
    }

    /** The last path segment, without control characters, at most 200 characters; "file" when empty. */
    static String cleanName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (last.length() > 200) last = last.substring(last.length() - 200);
        return last.isEmpty() ? "file" : last;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
