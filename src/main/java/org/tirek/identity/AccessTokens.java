package org.tirek.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer}). A token is shown once when
 * issued; only its SHA-256 is stored, so a stolen database does not yield usable tokens.
 */
public interface AccessTokens {

    /**
     * Issues a token for {@code owner}.
     *
     * @param label what the token is for, shown in lists (not secret)
     * @throws org.tirek.platform.NotFoundException when the user does not exist
     */
    IssuedToken issue(Username owner, String label);

    List<TokenSummary> list(Username owner);

    /**
     * Revokes one of {@code owner}'s tokens; it fails on its next use.
     *
     * @throws org.tirek.platform.NotFoundException when {@code owner} has no such token
     */
    void revoke(Username owner, UUID tokenId);

    /** A token as listed: never the secret itself. */
    record TokenSummary(
            UUID id,
            String label,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {}

    /** A freshly issued token; {@code secret} exists only in this object and is never stored. */
    record IssuedToken(UUID id, String label, String secret) {
        @Override
        public String toString() {
            return "IssuedToken[id=" + id + ", label=" + label + ", secret=redacted]";
        }
    }
}
