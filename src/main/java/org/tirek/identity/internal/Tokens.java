package org.tirek.identity.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.identity.AccessTokens.TokenSummary;

/** The {@code access_token} table: hashes of personal access tokens, never the tokens. */
@Repository
class Tokens {

    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    Tokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID userId, String label, byte[] hash, Instant now) {
        jdbc.sql("""
                        insert into access_token (id, user_id, label, token_hash, created_at)
                        values (:id, :user, :label, :hash, :now)
                        """)
                .param("id", id)
                .param("user", userId)
                .param("label", label)
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The owner of an unrevoked token with this hash. */
    Optional<UUID> activeOwner(byte[] hash) {
        return jdbc.sql("select user_id from access_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query(UUID.class)
                .optional();
    }

    /**
     * Records use, at most once a minute per token, so that reads do not turn into a write each.
     *
     * @return the token's id when its use was recorded now
     */
    Optional<UUID> touch(byte[] hash, Instant now) {
        return jdbc.sql("""
                        update access_token set last_used_at = :now
                         where token_hash = :hash and (last_used_at is null or last_used_at < :before)
                        returning id
                        """)
                .param("now", Timestamp.from(now))
                .param("hash", hash)
                .param("before", Timestamp.from(now.minus(TOUCH_GRANULARITY)))
                .query(UUID.class)
                .optional();
    }

    List<TokenSummary> listFor(UUID userId) {
        return jdbc.sql("""
                        select id, label, created_at, last_used_at, revoked_at from access_token
                         where user_id = :user order by created_at desc
                        """)
                .param("user", userId)
                .query((rs, n) -> new TokenSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("label"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    boolean revoke(UUID userId, UUID tokenId, Instant now) {
        return jdbc.sql("""
                        update access_token set revoked_at = coalesce(revoked_at, :now)
                         where id = :id and user_id = :user
                        """)
                        .param("now", Timestamp.from(now))
                        .param("id", tokenId)
                        .param("user", userId)
                        .update()
                == 1;
    }

    long countActive() {
        return jdbc.sql("select count(*) from access_token where revoked_at is null")
                .query(Long.class)
                .single();
    }

    private static @Nullable Instant instant(@Nullable Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
