package org.tirek.intake.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A hashcash-like proof of work that the form's script computes when scripts run: a nonce such that
 * SHA-256 of {@code <form token>:<nonce>} starts with {@code bits} zero bits. The challenge is the
 * one-time form token, so a proof cannot be reused. It is optional by default: a valid proof only
 * lets a submission use a budget of its own when a flood exhausts the common one, and a client
 * without scripts is never refused for lacking it unless {@code tirek.intake.proof-of-work.required}.
 */
@Component
class ProofOfWork {

    private final int bits;
    private final boolean required;

    ProofOfWork(
            @Value("${tirek.intake.proof-of-work.bits:16}") int bits,
            @Value("${tirek.intake.proof-of-work.required:false}") boolean required) {
        this.bits = bits;
        this.required = required;
    }

    int bits() {
        return bits;
    }

    boolean required() {
        return required;
    }

    boolean valid(String token, @Nullable String nonce) {
        if (nonce == null || nonce.isEmpty() || nonce.length() > 32) return false;
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((token + ":" + nonce).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            zeros += Integer.numberOfLeadingZeros(b & 0xff) - 24;
            break;
        }
        return zeros >= bits;
    }
}
