package org.tirek.intake.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time form tokens for the public pages, which keep no session: a random nonce, the time it was
 * issued and the form it is for, signed with HMAC-SHA256. A token proves the form came from this
 * server (what a session's CSRF token would do) and expires; {@link #consume} records its nonce in
 * the transaction that saves what the form carried, so a form sent twice is saved once.
 */
@Component
class FormTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 16;
    private static final int MAC = 16;

    private final IntakeSecret secret;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    FormTokens(
            IntakeSecret secret,
            JdbcClient jdbc,
            Clock clock,
            @Value("${tirek.intake.form-lifetime:PT6H}") Duration lifetime) {
        this.secret = secret;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** What a token was checked to be. */
    enum Check {
        VALID,
        /** Not made by this server, or for another form, or malformed. */
        FORGED,
        EXPIRED,
        /** Already used: the form was sent before. */
        USED
    }

    /** A new token for {@code form} (e.g. {@code report}). */
    String issue(String form) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        ByteBuffer body = ByteBuffer.allocate(NONCE + Long.BYTES);
        body.put(nonce).putLong(clock.millis());
        byte[] mac = mac(form, body.array());
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(ByteBuffer.allocate(body.capacity() + MAC)
                        .put(body.array())
                        .put(mac)
                        .array());
    }

    /** Checks signature, form and age, and whether it was used; changes nothing. */
    Check check(String form, String token) {
        byte[] raw = decode(token);
        if (raw == null) return Check.FORGED;
        byte[] body = Arrays.copyOf(raw, NONCE + Long.BYTES);
        byte[] mac = Arrays.copyOfRange(raw, NONCE + Long.BYTES, raw.length);
        if (!MessageDigest.isEqual(mac, mac(form, body))) return Check.FORGED;
        Instant issued =
                Instant.ofEpochMilli(ByteBuffer.wrap(body, NONCE, Long.BYTES).getLong());
        if (issued.plus(lifetime).isBefore(clock.instant())
                || issued.isAfter(clock.instant().plusSeconds(60))) return Check.EXPIRED;
        boolean used = jdbc.sql("select exists (select 1 from intake_form_use where nonce = :n)")
                .param("n", Arrays.copyOf(body, NONCE))
                .query(Boolean.class)
                .single();
        return used ? Check.USED : Check.VALID;
    }

    /**
     * Marks a valid token used, in the caller's transaction; false when another request used it first
     * (then the caller must roll back what it saved).
     */
    boolean consume(String token) {
        byte[] raw = decode(token);
        if (raw == null) return false;
        Instant issued =
                Instant.ofEpochMilli(ByteBuffer.wrap(raw, NONCE, Long.BYTES).getLong());
        return jdbc.sql("insert into intake_form_use (nonce, expires_at) values (:n, :e) on conflict do nothing")
                        .param("n", Arrays.copyOf(raw, NONCE))
                        .param("e", Timestamp.from(issued.plus(lifetime).plus(Duration.ofMinutes(1))))
                        .update()
                == 1;
    }

    /** Forgets used nonces whose tokens have expired anyway. */
    int forgetExpired() {
        return jdbc.sql("delete from intake_form_use where expires_at < :now")
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    private byte[] mac(String form, byte[] body) {
        byte[] label = ("tirek/intake/form/" + form + "|").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] data = ByteBuffer.allocate(label.length + body.length)
                .put(label)
                .put(body)
                .array();
        return Arrays.copyOf(secret.hmac(data), MAC);
    }

    private static byte @org.jspecify.annotations.Nullable [] decode(String token) {
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token.strip());
            return raw.length == NONCE + Long.BYTES + MAC ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
