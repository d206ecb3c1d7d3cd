package org.tirek.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A signed statement "at chain position {@code position} the head hash was {@code headHash}", made
 * at {@code signedAt}. The signature is plain Ed25519 over {@link #signedBytes()}, so a witness can
 * check it with any Ed25519 implementation.
 */
public record Checkpoint(long position, byte[] headHash, Instant signedAt, byte[] publicKey, byte[] signature) {

    /** The exact bytes that are signed: four lines of ASCII. */
    public byte[] signedBytes() {
        return signedBytes(position, headHash, signedAt);
    }

    public static byte[] signedBytes(long position, byte[] headHash, Instant signedAt) {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, signedAt);
        String text =
                "tirek-audit-checkpoint/1\n" + position + "\n" + HexFormat.of().formatHex(headHash) + "\n" + micros;
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
