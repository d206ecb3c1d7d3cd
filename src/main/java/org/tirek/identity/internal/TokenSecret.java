package org.tirek.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Generates and hashes personal access tokens: {@code trk_} followed by 256 random bits in
 * base64url. With that much entropy a plain SHA-256 is the right stored form (as for GitHub's
 * tokens): a slow hash would only slow every API call. Lookup is by hash, so comparing is done by
 * the database's unique index, not by a timing-sensitive loop here.
 */
final class TokenSecret {

    static final String PREFIX = "trk_";
    private static final Pattern SHAPE = Pattern.compile("trk_[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecret() {}

    /** The prefix of a calendar feed's token, which works only for that feed. */
    static final String FEED_PREFIX = "cal_";

    private static final Pattern FEED_SHAPE = Pattern.compile("cal_[A-Za-z0-9_-]{43}");

    static String generate() {
        return generate(PREFIX);
    }

    static String generate(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's shape; anything else is refused without a database look-up. */
    static boolean wellFormed(String token) {
        return SHAPE.matcher(token).matches();
    }

    /** Whether the text has a calendar feed token's shape. */
    static boolean wellFormedFeed(String token) {
        return FEED_SHAPE.matcher(token).matches();
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
