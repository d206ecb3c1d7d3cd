package org.tirek.proceedings.rules;

/** The units a time limit is given in. */
public enum PeriodUnit {
    /** Elapsed hours from the time of the start event. */
    HOURS,
    CALENDAR_DAYS,
    /** Days that are neither weekend days nor (checked) holidays of the pack. */
    WORKING_DAYS,
    /** Calendar months; a day missing in the last month is its last day (31 Jan + 1 month = 28/29 Feb). */
    MONTHS,
    YEARS
}
