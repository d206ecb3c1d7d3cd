package org.tirek.incidents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A date known to a year, a month or a day, as survivors remember it ("spring 2023" is recorded as
 * 2023, "March 2023" as 2023-03). It stands for every day from {@link #firstDay()} to
 * {@link #lastDay()}. Written as ISO 8601 with reduced precision: {@code 2023}, {@code 2023-03} or
 * {@code 2023-03-14}, and ordered as those texts sort: by first day, the coarser date first
 * ({@code 2023 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02}).
 *
 * @param precision how much of the date is known
 * @param firstDay the first day it may be: 1 January for a year, the 1st for a month
 */
public record PartialDate(Precision precision, LocalDate firstDay) implements Comparable<PartialDate> {

    /** The earliest year accepted: anything before is a typing mistake. */
    public static final int MIN_YEAR = 1900;

    private static final Pattern SHAPE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of a date is known; declared from the coarsest. */
    public enum Precision {
        YEAR,
        MONTH,
        DAY
    }

    /** @throws IllegalArgumentException when the year is out of range or the first day does not start its period */
    public PartialDate {
        if (firstDay.getYear() < MIN_YEAR || firstDay.getYear() > 9999) {
            throw new IllegalArgumentException("The year must be between " + MIN_YEAR + " and 9999");
        }
        boolean aligned = switch (precision) {
            case YEAR -> firstDay.getDayOfYear() == 1;
            case MONTH -> firstDay.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) throw new IllegalArgumentException("A " + precision + " date starts on its first day");
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, validDay(year, 1, 1));
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, validDay(year, month, 1));
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(Precision.DAY, validDay(year, month, day));
    }

    /**
     * The date of a year, a month of it, or a day of that month; a day needs its month.
     *
     * @throws IllegalArgumentException when a part is out of range, a day is given without its month,
     *     or the day does not exist (30 February, 29 February outside a leap year)
     */
    public static PartialDate of(int year, @Nullable Integer month, @Nullable Integer day) {
        if (month == null) {
            if (day != null) throw new IllegalArgumentException("A day needs its month");
            return ofYear(year);
        }
        return day == null ? ofMonth(year, month) : ofDay(year, month, day);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException for any other text or a date that does not exist
     */
    public static PartialDate parse(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("A date is written YYYY, YYYY-MM or YYYY-MM-DD");
        String month = m.group(2);
        String day = m.group(3);
        return of(
                Integer.parseInt(m.group(1)),
                month == null ? null : Integer.valueOf(month),
                day == null ? null : Integer.valueOf(day));
    }

    private static LocalDate validDay(int year, int month, int day) {
        if (year < MIN_YEAR || year > 9999) {
            throw new IllegalArgumentException("The year must be between " + MIN_YEAR + " and 9999");
        }
        if (month < 1 || month > 12) throw new IllegalArgumentException("A month is 1 to 12");
        if (!YearMonth.of(year, month).isValidDay(day)) throw new IllegalArgumentException("No such day in that month");
        return LocalDate.of(year, month, day);
    }

    public int year() {
        return firstDay.getYear();
    }

    /** The month (1 to 12), or {@code null} when only the year is known. */
    public @Nullable Integer month() {
        return precision == Precision.YEAR ? null : firstDay.getMonthValue();
    }

    /** The day of the month, or {@code null} when it is not known. */
    public @Nullable Integer day() {
        return precision == Precision.DAY ? firstDay.getDayOfMonth() : null;
    }

    /** The last day it may be: 31 December for a year, the month's last day (29 February in leap years). */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> firstDay.withDayOfYear(firstDay.lengthOfYear());
            case MONTH -> firstDay.withDayOfMonth(firstDay.lengthOfMonth());
            case DAY -> firstDay;
        };
    }

    /** Whether {@code date} is one of the days this date may be. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay());
    }

    /** Whether every day this may be comes before every day {@code other} may be. */
    public boolean isCertainlyBefore(PartialDate other) {
        return lastDay().isBefore(other.firstDay);
    }

    /** Whether every day this may be comes after {@code date}. */
    public boolean isCertainlyAfter(LocalDate date) {
        return firstDay.isAfter(date);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = firstDay.compareTo(other.firstDay);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    /** {@code 2023}, {@code 2023-03} or {@code 2023-03-14}. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year(), firstDay.getMonthValue());
            case DAY -> firstDay.toString();
        };
    }
}
