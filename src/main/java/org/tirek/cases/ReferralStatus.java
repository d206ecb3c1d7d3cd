package org.tirek.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a referral, in one place:
 *
 * <pre>
 * PLANNED ──▶ MADE ──▶ ACCEPTED ──▶ COMPLETED
 *    │          │  └──▶ DECLINED
 *    └──────────┴──────────┴──────▶ CANCELLED
 * </pre>
 *
 * A referral is <em>made</em> when the provider is contacted and receives what it needs about the
 * survivor; that is the moment consent is used. DECLINED (by the provider, or the service is not
 * available), COMPLETED and CANCELLED (the survivor no longer wants it) are final.
 */
public enum ReferralStatus {
    PLANNED,
    MADE,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<ReferralStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(MADE, CANCELLED);
            case MADE -> EnumSet.of(ACCEPTED, DECLINED, CANCELLED);
            case ACCEPTED -> EnumSet.of(COMPLETED, CANCELLED);
            case DECLINED, COMPLETED, CANCELLED -> EnumSet.noneOf(ReferralStatus.class);
        };
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next().contains(target);
    }

    /** Whether the referral is still going on (a follow-up can be due). */
    public boolean open() {
        return !next().isEmpty();
    }

    /** Whether a new referral may start in this status (it was planned, or made straight away). */
    public boolean initial() {
        return this == PLANNED || this == MADE;
    }

    /**
     * Checks a move.
     *
     * @throws IllegalTransitionException naming both statuses when the workflow does not allow it
     */
    public ReferralStatus moveTo(ReferralStatus target) {
        if (!canMoveTo(target)) throw new IllegalTransitionException(this, target);
        return target;
    }

    /** A move the workflow does not allow (HTTP 422, field {@code status}). */
    public static final class IllegalTransitionException extends org.tirek.platform.InvalidRequestException {

        private static final long serialVersionUID = 1L;

        public IllegalTransitionException(ReferralStatus from, ReferralStatus to) {
            super(
                    "A referral cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                            + from.next(),
                    java.util.Map.of("status", "not allowed from " + from));
        }
    }
}
