package org.tirek.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a sign-in name out after repeated failures ({@code tirek.login.max-failures} within
 * {@code tirek.login.lockout}, default 5 in 15 minutes). Keyed by a hash of the submitted name, not
 * by account, so that a name without an account is throttled exactly like one with: the answer never
 * reveals whether an account exists. Kept in PostgreSQL so that every instance sees the same count.
 */
@Repository
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${tirek.login.max-failures:5}") int maxFailures,
            @Value("${tirek.login.lockout:15m}") Duration lockout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    Duration lockout() {
        return lockout;
    }

    Optional<Instant> lockedUntil(String submittedName) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_throttle where subject_hash = :h and locked_until > :now")
                .param("h", subject(submittedName))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts a failure, in its own transaction so that it survives the failed sign-in's rollback.
     *
     * @return whether the name is locked out now
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean recordFailure(String submittedName) {
        Instant now = clock.instant();
        Integer failures = jdbc.sql("""
                        insert into login_throttle (subject_hash, failures, last_failure_at)
                        values (:h, 1, :now)
                        on conflict (subject_hash) do update
                           set failures = case when login_throttle.last_failure_at < :windowStart
                                                 or login_throttle.locked_until <= :now
                                               then 1 else login_throttle.failures + 1 end,
                               locked_until = case when login_throttle.locked_until <= :now
                                                   then null else login_throttle.locked_until end,
                               last_failure_at = :now
                        returning failures
                        """)
                .param("h", subject(submittedName))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(lockout)))
                .query(Integer.class)
                .single();
        if (failures < maxFailures) return false;
        jdbc.sql("update login_throttle set locked_until = :until where subject_hash = :h")
                .param("until", Timestamp.from(now.plus(lockout)))
                .param("h", subject(submittedName))
                .update();
        return true;
    }

    void reset(String submittedName) {
        jdbc.sql("delete from login_throttle where subject_hash = :h")
                .param("h", subject(submittedName))
                .update();
    }

    /** SHA-256 of the trimmed, lower-cased name; matches {@code sha256(convert_to(username,'UTF8'))}. */
    static byte[] subject(String submittedName) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(submittedName.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
