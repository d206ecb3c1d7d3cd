package org.tirek.proceedings.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where a count starts.
 *
 * @param instant when the start event happened (the start of its day when only the date is known)
 * @param date the start day in the forum's calendar
 * @param timeKnown whether the time of day was recorded; hours from a date alone count from the
 *     start of that day, the earliest it can have been
 */
public record StartPoint(Instant instant, LocalDate date, boolean timeKnown) {}
