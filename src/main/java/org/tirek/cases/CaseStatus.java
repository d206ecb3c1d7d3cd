package org.tirek.cases;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status workflow of a case, in one place:
 *
 * <pre>
 * OPEN ──▶ ACTIVE ──▶ DORMANT ──▶ ACTIVE
 *   │        │  ▲        │
 *   │        ▼  │        ▼
 *   └──────▶ CLOSED ◀────┘      CLOSED ──▶ ACTIVE (reopened)
 * </pre>
 *
 * Moving to DORMANT or CLOSED, and reopening a closed case, need a reason.
 */
public enum CaseStatus {
    OPEN,
    ACTIVE,
    DORMANT,
    CLOSED;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACTIVE, DORMANT, CLOSED);
            case ACTIVE -> EnumSet.of(DORMANT, CLOSED);
            case DORMANT -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(ACTIVE);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Whether moving from this status to {@code target} needs a reason. */
    public boolean needsReason(CaseStatus target) {
        return target == DORMANT || target == CLOSED || this == CLOSED;
    }

    /**
     * Checks a move.
     *
     * @throws IllegalTransitionException naming both statuses when the move is not allowed
     */
    public CaseStatus moveTo(CaseStatus target) {
        if (!canMoveTo(target)) throw new IllegalTransitionException(this, target);
        return target;
    }

    /** A move the workflow does not allow. */
    public static final class IllegalTransitionException extends org.tirek.platform.InvalidRequestException {

        private static final long serialVersionUID = 1L;

        public IllegalTransitionException(CaseStatus from, CaseStatus to) {
            super(
                    "A case cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                            + from.next(),
                    java.util.Map.of("status", "not allowed from " + from));
        }
    }
}
