package org.tirek.proceedings.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Confidence;

/**
 * Computes a due time from a start, a period and a pack's calendar, and says in phrases how it was
 * counted. Pure: the same arguments give the same answer.
 *
 * <ul>
 *   <li>Hours are elapsed hours from the start event's time (from the start of its day when only the
 *       date is known); with {@link Counting.ClockChange#EARLIER}, a clock change in between makes
 *       it the earlier of elapsed and clock time. The due time is exact.
 *   <li>Days, months and years count from the day after the start, or from the start day itself
 *       when {@link Counting#startDayCounts()}; months keep the day of the month or take the
 *       month's last day; the due time is the end of the due day (23:59:59.999) in the pack's zone,
 *       or the rule's time of day.
 *   <li>Working days skip weekend days (unless made working days) and checked holidays.
 *   <li>Counting backwards ({@link Period#before()}) gives the Nth (working) day before the start day.
 * </ul>
 */
public final class DeadlineArithmetic {

    private static final Duration LAST_MILLI = Duration.ofMillis(1);

    private DeadlineArithmetic() {}

    public static Computation compute(
            Period period,
            Counting counting,
            @Nullable LocalTime dueTime,
            HolidayCalendar calendar,
            ZoneId zone,
            StartPoint start) {
        if (period.unit() == PeriodUnit.HOURS) return hours(period.amount(), counting, zone, start);
        return new DayCount(period, counting, calendar, start.date()).due(dueTime, zone);
    }

    private static Computation hours(int amount, Counting counting, ZoneId zone, StartPoint start) {
        Instant from = start.timeKnown()
                ? start.instant()
                : start.date().atStartOfDay(zone).toInstant();
        Instant elapsed = from.plus(Duration.ofHours(amount));
        Instant clock = from.atZone(zone)
                .toLocalDateTime()
                .plusHours(amount)
                .atZone(zone)
                .toInstant();
        List<Phrase> phrases = new ArrayList<>();
        phrases.add(
                start.timeKnown()
                        ? Phrase.of("hours", amount)
                        : Phrase.of("hoursFromDayStart", amount, start.date().toString()));
        Instant due = elapsed;
        if (!elapsed.equals(clock)) {
            ZoneOffsetTransition change = zone.getRules().nextTransition(from);
            String on = change == null
                    ? ""
                    : change.getInstant().atZone(zone).toLocalDate().toString();
            if (counting.clockChange() == Counting.ClockChange.EARLIER) {
                due = clock.isBefore(elapsed) ? clock : elapsed;
                phrases.add(Phrase.of("clockChangeEarlier", on));
            } else {
                phrases.add(Phrase.of("clockChangeElapsed", on));
            }
        }
        return new Computation(due, due.atZone(zone).toLocalDate(), true, phrases, false);
    }

    /** A count in days, months or years. */
    private static final class DayCount {

        private final Period period;
        private final Counting counting;
        private final HolidayCalendar calendar;
        private final LocalDate start;
        private final List<Phrase> phrases = new ArrayList<>();
        private final boolean onCalendar;

        DayCount(Period period, Counting counting, HolidayCalendar calendar, LocalDate start) {
            this.period = period;
            this.counting = counting;
            this.calendar = calendar;
            this.start = start;
            this.onCalendar = period.unit() == PeriodUnit.WORKING_DAYS || (counting.rollForward() && !period.before());
        }

        Computation due(@Nullable LocalTime dueTime, ZoneId zone) {
            LocalDate last = period.before() ? backwards() : forwards();
            boolean incomplete = false;
            if (onCalendar) {
                LocalDate from = last.isBefore(start) ? last : start;
                LocalDate to = last.isBefore(start) ? start : last;
                holidaysBetween(from, to);
                incomplete = gaps(from.getYear(), to.getYear());
            }
            ZonedDateTime at;
            if (dueTime == null) {
                at = last.plusDays(1).atStartOfDay(zone).minus(LAST_MILLI);
                phrases.add(Phrase.of("endOfDay", zone.getId()));
            } else {
                at = last.atTime(dueTime).atZone(zone);
                phrases.add(Phrase.of("dueTime", dueTime.toString(), zone.getId()));
            }
            return new Computation(at.toInstant(), last, false, phrases, incomplete);
        }

        private LocalDate forwards() {
            int n = period.amount();
            phrases.add(Phrase.of(unitKey(), n));
            phrases.add(
                    counting.startDayCounts()
                            ? Phrase.of("fromStartDay", start.toString())
                            : Phrase.of("fromNextDay", start.toString()));
            LocalDate last = switch (period.unit()) {
                case CALENDAR_DAYS -> start.plusDays(counting.startDayCounts() ? n - 1L : n);
                case WORKING_DAYS -> workingDaysAfter(n);
                case MONTHS -> months(start.plusMonths(n));
                case YEARS -> months(start.plusYears(n));
                case HOURS -> throw new IllegalStateException("hours are not counted in days");
            };
            return roll(last);
        }

        /** The same day of the month, or the month's last day when it has none (31 Jan + 1 month = 28/29 Feb). */
        private LocalDate months(LocalDate target) {
            if (target.getDayOfMonth() != start.getDayOfMonth()) phrases.add(Phrase.of("clamped", target.toString()));
            return counting.startDayCounts() ? target.minusDays(1) : target;
        }

        private LocalDate workingDaysAfter(int n) {
            LocalDate day = start;
            int left = n;
            if (counting.startDayCounts() && calendar.workingDay(day)) left--;
            while (left > 0) {
                day = day.plusDays(1);
                if (calendar.workingDay(day)) left--;
            }
            return day;
        }

        private LocalDate backwards() {
            phrases.add(Phrase.of(unitKey() + "Before", period.amount(), start.toString()));
            LocalDate day = start;
            for (int i = 0; i < period.amount(); i++) {
                day = day.minusDays(1);
                if (period.unit() == PeriodUnit.WORKING_DAYS) {
                    while (calendar.dayOff(day)) day = day.minusDays(1);
                }
            }
            return day;
        }

        private LocalDate roll(LocalDate last) {
            if (!counting.rollForward()) {
                phrases.add(Phrase.of("notRolled"));
                if (calendar.dayOff(last)) phrases.add(Phrase.of("fellOnDayOff", last.toString()));
                return last;
            }
            LocalDate day = last;
            while (calendar.dayOff(day)) day = day.plusDays(1);
            phrases.add(
                    day.equals(last) ? Phrase.of("rollForward") : Phrase.of("rolled", last.toString(), day.toString()));
            return day;
        }

        private void holidaysBetween(LocalDate from, LocalDate to) {
            List<Holiday> skipped = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                Holiday h = calendar.holiday(d).orElse(null);
                if (h == null) continue;
                if (h.confidence() == Confidence.UNVERIFIED) {
                    phrases.add(Phrase.of("unverifiedHoliday", d.toString(), h.name()));
                } else if (!calendar.weekend().contains(d.getDayOfWeek())) {
                    skipped.add(h);
                }
            }
            if (!skipped.isEmpty()) {
                phrases.add(Phrase.of(
                        "skipped",
                        skipped.stream().map(h -> h.date() + " " + h.name()).collect(Collectors.joining(", "))));
            }
        }

        private boolean gaps(int fromYear, int toYear) {
            boolean any = false;
            for (int year = fromYear; year <= toYear; year++) {
                String gap = calendar.gap(year);
                if (gap == null) continue;
                any = true;
                phrases.add(
                        gap.isEmpty()
                                ? Phrase.of("holidaysMissing", String.valueOf(year))
                                : Phrase.of("holidaysIncomplete", String.valueOf(year), gap));
            }
            return any;
        }

        private String unitKey() {
            return switch (period.unit()) {
                case CALENDAR_DAYS -> "calendarDays";
                case WORKING_DAYS -> "workingDays";
                case MONTHS -> "months";
                case YEARS -> "years";
                case HOURS -> "hours";
            };
        }
    }
}
