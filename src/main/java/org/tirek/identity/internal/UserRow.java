package org.tirek.identity.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;

/** One row of {@code app_user}, with the lock-out end joined from {@code login_throttle}. */
record UserRow(
        UUID id,
        String username,
        Role role,
        String passwordHash,
        boolean mustChangePassword,
        boolean enabled,
        boolean demo,
        Instant createdAt,
        @Nullable Instant lockedUntil) {

    TirekUser toPrincipal() {
        return new TirekUser(id, Username.of(username), role, enabled, mustChangePassword, passwordHash);
    }

    UserSummary toSummary(Instant now) {
        Instant locked = lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null;
        return new UserSummary(id, Username.of(username), role, enabled, mustChangePassword, demo, createdAt, locked);
    }

    @Override
    public String toString() {
        return "UserRow[" + id + ", " + role + "]";
    }
}
