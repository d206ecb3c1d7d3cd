package org.tirek.identity;

import java.util.List;
import java.util.Optional;

/** Creating and managing accounts. Every method runs in its own transaction. */
public interface UserAccounts {

    /**
     * Creates an account.
     *
     * @param mustChangePassword whether the first sign-in must choose a new password
     * @throws org.tirek.platform.InvalidRequestException when the username is taken
     */
    UserSummary create(Username username, Role role, Password password, boolean mustChangePassword);

    List<UserSummary> list();

    Optional<UserSummary> find(Username username);

    /**
     * Replaces a user's password after checking the current one, and lifts the first-sign-in duty.
     *
     * @throws org.tirek.platform.InvalidRequestException when {@code current} is wrong or the new one equals it
     */
    void changePassword(Username username, String current, Password replacement);

    /** Ends a lock-out after failed sign-ins for this username. */
    void unlock(Username username);

    /** How many accounts exist per role, and how many are locked out now. */
    AccountFigures figures();

    /** Counts for the dashboard. */
    record AccountFigures(long users, long admins, long locked, long activeSessions) {}
}
