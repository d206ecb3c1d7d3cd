package org.tirek.proceedings.rules;

/**
 * The conventions a rule is counted by. Where the law's conventions were not verified, a rule
 * counts the earlier way: the day of the start event is the first day, the last day is not moved
 * past a weekend or holiday, and across a clock change the earlier of elapsed and clock time is
 * taken (DOMAIN.md §2).
 *
 * @param startDayCounts the day of the start event is the first day of the period (the earlier
 *     reading); otherwise counting begins the day after
 * @param rollForward a last day that is a weekend day or holiday moves to the next working day
 */
public record Counting(boolean startDayCounts, boolean rollForward, ClockChange clockChange) {

    /** The usual conventions: from the next day, not moved, elapsed hours. */
    public static final Counting STANDARD = new Counting(false, false, ClockChange.ELAPSED);
    /** The earlier reading everywhere. */
    public static final Counting EARLIER = new Counting(true, false, ClockChange.EARLIER);

    public boolean earliest() {
        return startDayCounts && !rollForward && clockChange == ClockChange.EARLIER;
    }

    /** How hours are counted when the clocks change in between. */
    public enum ClockChange {
        /** Real elapsed hours. */
        ELAPSED,
        /** Whichever of elapsed hours and the same clock time comes first. */
        EARLIER
    }
}
