package org.tirek.proceedings;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.InvalidRequestException;

/**
 * A filter of deadlines across the cases a user may see: the coordinators' board, a lawyer's own
 * list, or a calendar's date range.
 *
 * @param statuses the statuses to show, as of now; empty means the open ones (upcoming, due soon,
 *     overdue)
 * @param lawyer only deadlines whose lead or backup lawyer has this username
 * @param withinDays only deadlines due within this many days from now (overdue ones included)
 * @param from only deadlines due at or after this time
 * @param until only deadlines due before this time
 * @param confidence only deadlines whose rule has this confidence (e.g. the unverified ones to check)
 * @throws InvalidRequestException when {@code from} is not before {@code until} or {@code
 *     withinDays} is outside 0..3660
 */
public record DeadlineQuery(
        Set<DeadlineStatus> statuses,
        @Nullable String lawyer,
        @Nullable Integer withinDays,
        @Nullable Instant from,
        @Nullable Instant until,
        @Nullable Confidence confidence) {

    /** The most deadlines one query returns; narrow the filter for more. */
    public static final int LIMIT = 500;

    public DeadlineQuery {
        statuses = Set.copyOf(statuses);
        if (from != null && until != null && !from.isBefore(until)) {
            throw new InvalidRequestException(
                    "The start of the range must come before its end", Map.of("from", "before until"));
        }
        if (withinDays != null && (withinDays < 0 || withinDays > 3660)) {
            throw new InvalidRequestException("Give the days ahead as 0 to 3660", Map.of("withinDays", "0 to 3660"));
        }
    }

    /** The open deadlines, soonest first. */
    public static DeadlineQuery open() {
        return new DeadlineQuery(Set.of(), null, null, null, null, null);
    }

    /** Every deadline due in {@code [from, until)}, whatever its status: for a calendar. */
    public static DeadlineQuery dueBetween(Instant from, Instant until) {
        return new DeadlineQuery(EnumSet.allOf(DeadlineStatus.class), null, null, from, until, null);
    }
}
