package org.tirek.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The chain rule, in one place: {@code hash = SHA-256(previous hash ‖ canonical bytes of the entry)},
 * with 32 zero bytes before the first entry. The canonical bytes are a format tag and every stored
 * field in a fixed order, each as a 4-byte big-endian length (−1 for null) and its UTF-8 bytes;
 * the time is the number of microseconds since the epoch (PostgreSQL's precision, so a stored
 * entry reproduces its bytes exactly).
 *
 * <p>Changing anything here breaks every existing chain: add a new format tag instead.
 */
final class Canonical {

    static final byte[] GENESIS = new byte[32];
    private static final byte[] FORMAT = "tirek-audit-event/1".getBytes(StandardCharsets.US_ASCII);

    private Canonical() {}

    static byte[] bytes(EventRow e) {
        Encoder out = new Encoder();
        out.field(FORMAT);
        out.text(Long.toString(e.id()));
        out.text(Long.toString(micros(e.recordedAt())));
        out.text(e.actorKind());
        out.text(e.actorId() == null ? null : e.actorId().toString());
        out.text(e.actorName());
        out.text(e.action());
        out.text(e.kind());
        out.text(e.subjectType());
        out.text(e.subjectId());
        out.text(e.caseId() == null ? null : e.caseId().toString());
        out.text(e.requestId());
        out.text(e.outcome());
        return out.toByteArray();
    }

    /** The hash of {@code entry} following {@code previous}; {@code digest} is reset and reused. */
    static byte[] chain(MessageDigest digest, byte[] previous, byte[] entry) {
        digest.reset();
        digest.update(previous);
        digest.update(entry);
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static final class Encoder extends ByteArrayOutputStream {

        Encoder() {
            super(256);
        }

        void text(@Nullable String value) {
            if (value == null) {
                length(-1);
            } else {
                field(value.getBytes(StandardCharsets.UTF_8));
            }
        }

        void field(byte[] value) {
            length(value.length);
            write(value, 0, value.length);
        }

        private void length(int n) {
            write(n >>> 24);
            write(n >>> 16);
            write(n >>> 8);
            write(n);
        }
    }
}
