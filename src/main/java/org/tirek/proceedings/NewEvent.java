package org.tirek.proceedings;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An event to record.
 *
 * @param type an event of the proceeding's machine, or a neutral one (HEARING_SCHEDULED, MEASURE_IMPOSED,
 *     DECISION_SERVED, INTERVENTION, NOTE, CORRECTION…)
 * @param note the source, citation or remark (sensitive: sealed); a correction needs one
 * @param attributes structural details the event needs (e.g. {@code hearingAt}, {@code measureType},
 *     {@code decision}); never sensitive values
 * @param voids for a CORRECTION: the event it voids
 */
public record NewEvent(
        String type,
        OccurredAt occurredAt,
        @Nullable String note,
        Map<String, String> attributes,
        @Nullable UUID voids) {

    /** The most characters a note holds (as for the other notes of a case's legal work). */
    public static final int MAX_NOTE = 10_000;

    /**
     * How far ahead of the server's clock {@code occurredAt} may lie: an event is recorded once it has
     * happened, and a user's clock may run a little ahead. A day without a time counts from its start.
     */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    /** The field error on {@code occurredAt} of an event dated after now (and the skew). */
    public static final String IN_THE_FUTURE = "in the future";

    /** The field error on {@code note} of a note longer than {@link #MAX_NOTE}. */
    public static final String NOTE_TOO_LONG = "at most " + MAX_NOTE + " characters";

    /** The field error on {@code type} of an event that the proceeding's machine does not know. */
    public static final String UNKNOWN_TYPE = "unknown event type";
}
