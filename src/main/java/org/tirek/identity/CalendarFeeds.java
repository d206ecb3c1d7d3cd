package org.tirek.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Each user's secret address for a calendar application (an iCal feed), which cannot send a
 * password or a bearer token: the token is in the address's path. A user has at most one feed in
 * force; issuing another revokes the previous one. The token is shown once, when issued; only its
 * SHA-256 is stored, so a stolen database yields no working address. A feed token opens only the
 * feed, never a page or the API.
 */
public interface CalendarFeeds {

    /**
     * Issues a new feed token for {@code owner}, revoking the one in force.
     *
     * @throws org.tirek.platform.NotFoundException when the account does not exist
     */
    IssuedFeed issue(TirekUser owner);

    /** The feed in force, if any (never its token). */
    Optional<FeedSummary> current(TirekUser owner);

    /**
     * Revokes {@code owner}'s feed: its address answers 404 from now on.
     *
     * @return whether there was a feed in force
     */
    boolean revoke(TirekUser owner);

    /**
     * Revokes the feed of the user with this name, for administrators (a lost phone, a departure).
     *
     * @return whether there was a feed in force
     * @throws org.tirek.platform.NotFoundException when there is no such user
     */
    boolean revoke(Username owner);

    /**
     * The enabled user whose feed in force has this token; records its use (at most once a minute).
     * Unknown, malformed and revoked tokens, and tokens of disabled accounts, give nothing.
     */
    Optional<TirekUser> authenticate(String presented);

    /** A feed as listed: never its token. */
    record FeedSummary(UUID id, Instant createdAt, @Nullable Instant lastUsedAt) {}

    /** A freshly issued feed; {@code token} exists only in this object and is never stored. */
    record IssuedFeed(UUID id, String token) {
        @Override
        public String toString() {
            return "IssuedFeed[id=" + id + ", token=redacted]";
        }
    }
}
