package org.tirek.proceedings;

import java.time.Duration;
import java.time.Instant;

/** Where a deadline stands. The first three follow from the time left; MET and WAIVED close it. */
public enum DeadlineStatus {
    UPCOMING,
    /** Inside its warning period (48 hours unless the rule says otherwise). */
    DUE_SOON,
    OVERDUE,
    /** An event met it (an appeal lodged, a request received). */
    MET,
    /** No longer to be met: waived by a lawyer, closed by an event, or the proceeding ended. */
    WAIVED;

    public boolean open() {
        return this != MET && this != WAIVED;
    }

    /** The status of an open deadline due at {@code due} with a warning period {@code warn}, at {@code now}. */
    public static DeadlineStatus of(Instant due, Duration warn, Instant now) {
        if (!now.isBefore(due)) return OVERDUE;
        if (!now.isBefore(due.minus(warn))) return DUE_SOON;
        return UPCOMING;
    }
}
