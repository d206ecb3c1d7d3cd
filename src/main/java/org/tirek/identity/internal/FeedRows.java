package org.tirek.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.identity.CalendarFeeds.FeedSummary;

/** The {@code calendar_feed} table: hashes of calendar feed tokens, never the tokens. */
@Repository
class FeedRows {

    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    FeedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Revokes the user's feed in force, if any, and stores a new one. */
    void replace(UUID id, UUID userId, byte[] hash, Instant now) {
        revoke(userId, now);
        jdbc.sql("""
                        insert into calendar_feed (id, user_id, token_hash, created_at)
                        values (:id, :user, :hash, :now)
                        """)
                .param("id", id)
                .param("user", userId)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The id of the feed that was in force, now revoked. */
    Optional<UUID> revoke(UUID userId, Instant now) {
        return jdbc.sql("""
                        update calendar_feed set revoked_at = :now
                         where user_id = :user and revoked_at is null
                        returning id
                        """)
                .param("now", Timestamp.from(now))
                .param("user", userId)
                .query(UUID.class)
                .optional();
    }

    Optional<FeedSummary> current(UUID userId) {
        return jdbc.sql("""
                        select id, created_at, last_used_at from calendar_feed
                         where user_id = :user and revoked_at is null
                        """)
                .param("user", userId)
                .query((rs, n) -> new FeedSummary(
                        rs.getObject("id", UUID.class),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at"))))
                .optional();
    }

    /** The feed in force with this hash, as (feed id, owner id). */
    Optional<UUID[]> active(byte[] hash) {
        return jdbc.sql("select id, user_id from calendar_feed where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class)})
                .optional();
    }

    /** Records use, at most once a minute per feed; whether it was recorded now. */
    boolean touch(UUID id, Instant now) {
        return jdbc.sql("""
                        update calendar_feed set last_used_at = :now
                         where id = :id and (last_used_at is null or last_used_at < :before)
                        """)
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .param("before", Timestamp.from(now.minus(TOUCH_GRANULARITY)))
                        .update()
                == 1;
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
