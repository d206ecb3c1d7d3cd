package org.tirek.intake.internal;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The HMAC-SHA256 key of form tokens and receipt tags, shared by every instance through the
 * database (made once, by whichever instance comes first). It is no secret against someone who
 * reads the database: it keeps forms unforgeable from outside, and receipt tags from being
 * computed ahead of time for every installation at once.
 */
@Component
class IntakeSecret {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile @Nullable SecretKeySpec key;

    IntakeSecret(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    byte[] hmac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current != null) return current;
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        jdbc.sql(
                        "insert into intake_secret (id, hmac_key, created_at) values (1, :k, :now) on conflict (id) do nothing")
                .param("k", fresh)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        byte[] stored = jdbc.sql("select hmac_key from intake_secret where id = 1")
                .query(byte[].class)
                .single();
        current = new SecretKeySpec(stored, "HmacSHA256");
        key = current;
        return current;
    }
}
