package org.tirek.identity.internal;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.Outcome;
import org.tirek.identity.Actors;

/**
 * What identity records in the audit trail: sign-ins (a failed one names the account only when it
 * exists, never the name that was typed, which could be a password typed in the wrong field),
 * lock-outs, sign-outs, accounts, passwords and tokens. Token use is recorded at most once a minute
 * per token, when its last-use time is written.
 */
@Component
class IdentityAudit {

    static final AuditAction SIGN_IN = AuditAction.security("identity.sign_in");
    static final AuditAction LOCKED_OUT = AuditAction.security("identity.locked_out");
    static final AuditAction SIGN_OUT = AuditAction.security("identity.sign_out");
    static final AuditAction USER_CREATE = AuditAction.security("identity.user_create");
    static final AuditAction PASSWORD_CHANGE = AuditAction.security("identity.password_change");
    static final AuditAction UNLOCK = AuditAction.security("identity.unlock");
    static final AuditAction TOKEN_CREATE = AuditAction.security("identity.token_create");
    static final AuditAction TOKEN_REVOKE = AuditAction.security("identity.token_revoke");
    static final AuditAction TOKEN_USE = AuditAction.security("identity.token_use");
    static final AuditAction FEED_CREATE = AuditAction.security("identity.calendar_feed_create");
    static final AuditAction FEED_REVOKE = AuditAction.security("identity.calendar_feed_revoke");
    static final AuditAction FEED_USE = AuditAction.security("identity.calendar_feed_use");

    private final AuditTrail trail;

    IdentityAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void signedIn(UUID userId, String username) {
        trail.record(AuditEntry.of(Actor.user(userId, username), SIGN_IN).about("user", userId));
    }

    /** A refused sign-in, recorded on its own: about the account when it exists, anonymous otherwise. */
    void signInRefused(java.util.Optional<UserRow> account, boolean lockedOut) {
        Actor actor = account.map(u -> Actor.user(u.id(), u.username())).orElse(Actor.anonymous());
        AuditEntry entry =
                AuditEntry.of(actor, lockedOut ? LOCKED_OUT : SIGN_IN).withOutcome(Outcome.DENIED);
        trail.recordAlone(account.map(u -> entry.about("user", u.id())).orElse(entry));
    }

    void signedOut(UUID userId, String username) {
        trail.record(AuditEntry.of(Actor.user(userId, username), SIGN_OUT).about("user", userId));
    }

    /** An action by whoever is signed in (or the command line) on an account or token. */
    void byCurrent(AuditAction action, String subjectType, UUID subjectId) {
        trail.record(AuditEntry.of(Actors.current("cli"), action).about(subjectType, subjectId));
    }

    void feedUsed(UUID userId, String username, UUID feedId) {
        trail.record(AuditEntry.of(Actor.user(userId, username), FEED_USE).about("calendar_feed", feedId));
    }

    void tokenUsed(UUID userId, String username, UUID tokenId) {
        trail.record(AuditEntry.of(Actor.user(userId, username), TOKEN_USE).about("access_token", tokenId));
    }
}
