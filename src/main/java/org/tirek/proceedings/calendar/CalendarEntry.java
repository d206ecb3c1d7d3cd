package org.tirek.proceedings.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/**
 * One thing in a calendar: a hearing of a proceeding, or a deadline. Structural only: the case's
 * reference, never a name; the proceeding's title only for the web calendar, never in the feed.
 *
 * @param id the scheduling event's id (a hearing) or the deadline's id
 * @param at when: the hearing's time, or the deadline's due time
 * @param zone the zone {@code at} is shown in: the hearing's own offset, or the zone the deadline
 *     is counted in
 * @param allDay a deadline due at the end of its day rather than at a time of day
 * @param label the deadline's label (rule) in the viewer's language; {@code null} for a hearing
 * @param status the deadline's status; {@code null} for a hearing
 * @param held whether the hearing is recorded as held
 */
public record CalendarEntry(
        Kind kind,
        UUID id,
        Instant at,
        ZoneId zone,
        boolean allDay,
        CaseId caseId,
        String caseReference,
        ProceedingId proceedingId,
        ProceedingType proceedingType,
        String proceedingTitle,
        @Nullable String label,
        @Nullable DeadlineStatus status,
        boolean held) {

    /** What the entry is. */
    public enum Kind {
        HEARING,
        DEADLINE
    }

    /** {@code at} where it happens or is counted. */
    public ZonedDateTime local() {
        return at.atZone(zone);
    }

    /** The day it falls on in {@code zone} (an organisation's calendar groups by its own zone). */
    public LocalDate day(ZoneId in) {
        return allDay ? local().toLocalDate() : at.atZone(in).toLocalDate();
    }
}
