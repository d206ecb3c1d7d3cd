package org.tirek.intake.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Receipt codes: 16 random decimal digits (about 53 bits), shown once and kept only as an Argon2id
 * hash with a random salt. To find a report without hashing the code against every report, a 16-bit
 * tag (HMAC-SHA256 of the code under the installation's intake key, first two bytes) is stored
 * beside the hash: a lookup hashes the code only against the reports sharing its tag (one in 65,536).
 *
 * <p>What the tag gives away: someone holding the database and the intake key learns 16 of the
 * code's 53 bits, leaving about 1.4 × 10^11 candidates to try against each report's Argon2id hash
 * offline; a cracked code gives no key to anything (it only opens the follow-up page of a running
 * server). The default cost (1 MiB, one pass: about 1 ms of one core in this Java implementation)
 * puts one report's code at several CPU-years while a submission stays cheap enough for a flood of
 * reports (bench/intake.sh measured 4 MiB at three quarters of a submission's CPU time). See
 * docs/operators/intake.md.
 */
@Component
class Receipts {

    static final int DIGITS = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IntakeSecret secret;
    private final int memoryKib;
    private final int iterations;

    Receipts(
            IntakeSecret secret,
            @Value("${tirek.intake.receipt.memory-kib:1024}") int memoryKib,
            @Value("${tirek.intake.receipt.iterations:1}") int iterations) {
        this.secret = secret;
        this.memoryKib = memoryKib;
        this.iterations = iterations;
    }

    /** A receipt code and what is stored of it. {@code toString()} never shows the code. */
    record Issued(String code, int tag, byte[] salt, byte[] hash) {
        @Override
        public String toString() {
            return "Receipt[redacted]";
        }
    }

    Issued issue() {
        StringBuilder code = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) code.append((char) ('0' + RANDOM.nextInt(10)));
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String text = code.toString();
        return new Issued(text, tag(text), salt, hash(text, salt));
    }

    /** The code in canonical form (digits only), or {@code null} when it cannot be a receipt. */
    static @Nullable String normalise(@Nullable String typed) {
        if (typed == null) return null;
        String digits = typed.replaceAll("[\\s-]", "");
        return digits.matches("[0-9]{" + DIGITS + "}") ? digits : null;
    }

    /** The code in groups of four, as shown once. */
    static String grouped(String code) {
        return code.replaceAll("(.{4})(?!$)", "$1 ");
    }

    int tag(String code) {
        byte[] mac = secret.hmac(("tirek/intake/receipt|" + code).getBytes(StandardCharsets.UTF_8));
        return Short.toUnsignedInt(ByteBuffer.wrap(mac, 0, 2).getShort());
    }

    boolean matches(String code, byte[] salt, byte[] hash) {
        return MessageDigest.isEqual(hash(code, salt), hash);
    }

    private byte[] hash(String code, byte[] salt) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withSalt(salt)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(1)
                .build());
        byte[] out = new byte[32];
        generator.generateBytes(code.getBytes(StandardCharsets.US_ASCII), out);
        return out;
    }
}
