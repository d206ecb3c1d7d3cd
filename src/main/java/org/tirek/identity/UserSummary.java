package org.tirek.identity;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An account as administrators see it.
 *
 * @param lockedUntil end of a lock-out after failed sign-ins, or {@code null}
 */
public record UserSummary(
        UUID id,
        Username username,
        Role role,
        boolean enabled,
        boolean mustChangePassword,
        boolean demo,
        Instant createdAt,
        @Nullable Instant lockedUntil) {}
