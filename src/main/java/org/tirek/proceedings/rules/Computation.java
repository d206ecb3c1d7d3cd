package org.tirek.proceedings.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A computed due time.
 *
 * @param dueDate the due day in the pack's zone
 * @param hours counted in hours (the due time is exact, not the end of a day)
 * @param counting how it was counted, phrase by phrase
 * @param calendarIncomplete the count depended on holidays of a year the pack does not (fully) list
 */
public record Computation(
        Instant due, LocalDate dueDate, boolean hours, List<Phrase> counting, boolean calendarIncomplete) {

    public Computation {
        counting = List.copyOf(counting);
    }
}
