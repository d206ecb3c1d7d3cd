package org.tirek.vault.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.threshold.ShamirSecretSplitter;
import org.bouncycastle.crypto.threshold.ShamirSplitSecret;
import org.bouncycastle.crypto.threshold.ShamirSplitSecretShare;

/**
 * Shamir secret sharing (Bouncy Castle, GF(2^8)) of the 256-bit unseal key, and the text form a
 * custodian keeps: {@code tirek-share-<index>-<base64url>-<check>}, where the check (4 hex digits of
 * SHA-256) catches a mistyped share before it is used.
 */
final class CustodianShares {

    private static final Pattern SHAPE = Pattern.compile("tirek-share-(\\d{1,2})-([A-Za-z0-9_-]{43})-([0-9a-f]{4})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CustodianShares() {}

    /** One share: its index (1..n) and its 32 bytes. */
    record Share(int index, byte[] value) {
        String encode() {
            String body = index + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(value);
            return "tirek-share-" + body + "-" + check(body);
        }

        @Override
        public String toString() {
            return "Share[" + index + ", redacted]";
        }
    }

    static List<Share> split(RawKey secret, int count, int threshold) {
        try {
            ShamirSecretSplitter splitter = new ShamirSecretSplitter(
                    ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Table, RawKey.LENGTH, RANDOM);
            byte[] bytes = secret.copyOfBytes();
            ShamirSplitSecret split = splitter.resplit(bytes, threshold, count);
            java.util.Arrays.fill(bytes, (byte) 0);
            List<Share> shares = new ArrayList<>();
            ShamirSplitSecretShare[] parts = split.getSecretShares();
            for (int i = 0; i < parts.length; i++) shares.add(new Share(i + 1, parts[i].getEncoded()));
            return shares;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawKey combine(Collection<Share> shares) {
        try {
            ShamirSplitSecretShare[] parts = shares.stream()
                    .map(s -> new ShamirSplitSecretShare(s.value(), s.index()))
                    .toArray(ShamirSplitSecretShare[]::new);
            byte[] secret = new ShamirSplitSecret(
                            ShamirSecretSplitter.Algorithm.AES, ShamirSecretSplitter.Mode.Table, parts)
                    .getSecret();
            return RawKey.of(secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws IllegalArgumentException when the text is not a well-formed share */
    static Share parse(String text) {
        Matcher m = SHAPE.matcher(text.trim());
        if (!m.matches()) throw new IllegalArgumentException("This is not a Tirek key share");
        String body = m.group(1) + "-" + m.group(2);
        if (!check(body).equals(m.group(3))) {
            throw new IllegalArgumentException("This key share has a typing error (its check digits do not match)");
        }
        return new Share(Integer.parseInt(m.group(1)), Base64.getUrlDecoder().decode(m.group(2)));
    }

    static byte[] digest(byte[] salt, Share share) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(ByteBuffer.allocate(4).putInt(share.index()).array());
            sha.update(share.value());
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String check(String body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.US_ASCII));
            return String.format("%02x%02x", hash[0], hash[1]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
