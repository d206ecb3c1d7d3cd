package org.tirek.proceedings.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tirek.proceedings.rules.PackFixture.ALMATY;
import static org.tirek.proceedings.rules.PackFixture.PODGORICA;
import static org.tirek.proceedings.rules.PackFixture.STRASBOURG;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic: calendar and working days, months, hours across clock changes, date-only starts. */
class DeadlineArithmeticTest {

    static final HolidayCalendar PLAIN = HolidayCalendar.none("test");

    @Nested
    class CalendarDays {

        @Test
        void countFromTheDayAfterAndEndAtTheEndOfTheLastDayInTheZone() {
            Computation c = days(3, PeriodUnit.CALENDAR_DAYS, Counting.STANDARD, PLAIN, "2025-04-14");
            assertThat(c.dueDate()).isEqualTo("2025-04-17");
            assertThat(c.due()).isEqualTo(Instant.parse("2025-04-17T21:59:59.999Z")); // 23:59:59.999 CEST
            assertThat(PackFixture.english(c))
                    .isEqualTo("3 calendar days; from the day after 2025-04-14; not moved past weekends or holidays;"
                            + " due at the end of that day (Europe/Podgorica)");
        }

        @Test
        void theEarlierReadingCountsTheStartDayAsTheFirst() {
            Computation c = days(3, PeriodUnit.CALENDAR_DAYS, Counting.EARLIER, PLAIN, "2025-04-14");
            assertThat(c.dueDate()).isEqualTo("2025-04-16");
            assertThat(PackFixture.english(c))
                    .startsWith(
                            "3 calendar days; counting 2025-04-14, the day it started, as the first day (the earlier reading)");
        }

        @Test
        void aLastDayOnASaturdayIsNotMovedUnlessTheRuleSaysSo() {
            Computation kept = days(3, PeriodUnit.CALENDAR_DAYS, Counting.STANDARD, PLAIN, "2025-04-16");
            assertThat(kept.dueDate()).isEqualTo("2025-04-19");
            assertThat(PackFixture.english(kept))
                    .contains("2025-04-19 is a weekend day or holiday: not moved (the earlier reading)");
            Computation moved = days(3, PeriodUnit.CALENDAR_DAYS, rolling(), PLAIN, "2025-04-16");
            assertThat(moved.dueDate()).isEqualTo("2025-04-21");
            assertThat(PackFixture.english(moved))
                    .contains("2025-04-19 is a weekend day or holiday: moved to 2025-04-21");
        }

        @Test
        void rollingForwardPassesWeekendsAndHolidays() {
            // Nauryz 2025: Friday 21 March, the weekend, and the days off on 24 and 25 March
            Computation c = days(3, PeriodUnit.CALENDAR_DAYS, rolling(), PackFixture.calendar("KZ"), "2025-03-18");
            assertThat(c.dueDate()).isEqualTo("2025-03-26");
            assertThat(PackFixture.english(c))
                    .contains("2025-03-21 is a weekend day or holiday: moved to 2025-03-26")
                    .contains("holidays skipped: 2025-03-21 Nauryz, 2025-03-24 Nauryz (22 March was a Saturday),"
                            + " 2025-03-25 Nauryz (23 March was a Sunday)");
            assertThat(c.calendarIncomplete()).isFalse();
        }
    }

    @Nested
    class WorkingDays {

        @Test
        void skipWeekendsAndTheHolidaysOfThePack() {
            Computation c =
                    days(2, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("KZ"), "2025-03-20");
            assertThat(c.dueDate()).isEqualTo("2025-03-27");
            assertThat(c.due())
                    .isEqualTo(LocalDate.parse("2025-03-27")
                            .atTime(LocalTime.MAX.withNano(999_000_000))
                            .atZone(ALMATY)
                            .toInstant());
        }

        @Test
        void aWeekendDayMadeAWorkingDayCounts() {
            // 3 January 2025 was a day off moved from Sunday 5 January, which was worked
            Computation c =
                    days(1, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("KZ"), "2025-01-02");
            assertThat(c.dueDate()).isEqualTo("2025-01-05");
        }

        @Test
        void anUnverifiedHolidayIsCountedAsAWorkingDayAndSaidSo() {
            // Orthodox Good Friday is a day off for Orthodox believers only: whether courts close is unverified
            Computation c =
                    days(1, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("ME"), "2025-04-17");
            assertThat(c.dueDate()).isEqualTo("2025-04-18");
            assertThat(PackFixture.english(c))
                    .contains(
                            "2025-04-18 (Orthodox Good Friday (Orthodox believers)) is an unverified holiday: counted as a working day");
        }

        @Test
        void theStartDayCountsInTheEarlierReadingOnlyWhenItIsAWorkingDay() {
            assertThat(days(2, PeriodUnit.WORKING_DAYS, Counting.EARLIER, PLAIN, "2025-04-14")
                            .dueDate())
                    .isEqualTo("2025-04-15");
            assertThat(days(2, PeriodUnit.WORKING_DAYS, Counting.EARLIER, PLAIN, "2025-04-12")
                            .dueDate())
                    .isEqualTo("2025-04-15");
        }

        @Test
        void aCountReachingAYearThePackDoesNotListSaysSo() {
            Computation missing =
                    days(5, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("KZ"), "2028-12-28");
            assertThat(missing.calendarIncomplete()).isTrue();
            assertThat(PackFixture.english(missing))
                    .contains("the rule pack does not list the holidays of 2028: check the date")
                    .contains("the rule pack does not list the holidays of 2029: check the date");
            Computation partial =
                    days(5, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("KZ"), "2027-05-10");
            assertThat(partial.calendarIncomplete()).isTrue();
            assertThat(PackFixture.english(partial))
                    .contains("the rule pack lists the holidays of 2027 only in part (the date of Kurban Ait");
        }

        @Test
        void aCalendarCountInsideCoveredYearsIsComplete() {
            assertThat(days(5, PeriodUnit.WORKING_DAYS, Counting.STANDARD, PackFixture.calendar("ME"), "2026-06-01")
                            .calendarIncomplete())
                    .isFalse();
            // calendar days that are not moved do not depend on holidays at all
            assertThat(days(5, PeriodUnit.CALENDAR_DAYS, Counting.STANDARD, PackFixture.calendar("ME"), "2031-06-01")
                            .calendarIncomplete())
                    .isFalse();
        }

        @Test
        void countingBackwardsFromARemovalDateGivesTheRegistrysClosingTime() {
            // removal on Wednesday 11 March 2026: due Monday 9 March, 16:00 Strasbourg
            Rule rule39 = PackFixture.rule("ECHR-RULE39-BEFORE-REMOVAL");
            Computation c = DeadlineArithmetic.compute(
                    rule39.period(),
                    rule39.counting(),
                    rule39.dueTime(),
                    PackFixture.calendar("ECHR"),
                    STRASBOURG,
                    dateOnly("2026-03-11", STRASBOURG));
            assertThat(c.due())
                    .isEqualTo(OffsetDateTime.parse("2026-03-09T16:00+01:00").toInstant());
            assertThat(PackFixture.english(c))
                    .startsWith("2 working days before 2026-03-11;")
                    .contains("the rule pack does not list the holidays of 2026: check the date")
                    .endsWith("due at 16:00 on that day (Europe/Paris)");
            assertThat(c.calendarIncomplete()).isTrue();
            // removal on a Monday: the Thursday before
            Computation monday = DeadlineArithmetic.compute(
                    rule39.period(),
                    rule39.counting(),
                    rule39.dueTime(),
                    PackFixture.calendar("ECHR"),
                    STRASBOURG,
                    dateOnly("2026-03-16", STRASBOURG));
            assertThat(monday.dueDate()).isEqualTo("2026-03-12");
        }
    }

    @Nested
    class Months {

        @Test
        void theLastDayOfAShorterMonthIsTaken() {
            Computation c = days(1, PeriodUnit.MONTHS, Counting.STANDARD, PLAIN, "2023-01-31");
            assertThat(c.dueDate()).isEqualTo("2023-02-28");
            assertThat(PackFixture.english(c))
                    .contains("that day does not exist in the month: its last day, 2023-02-28");
        }

        @Test
        void leapYearsHaveAnEndOfFebruaryOnThe29th() {
            assertThat(days(1, PeriodUnit.MONTHS, Counting.STANDARD, PLAIN, "2024-01-31")
                            .dueDate())
                    .isEqualTo("2024-02-29");
            assertThat(days(1, PeriodUnit.YEARS, Counting.STANDARD, PLAIN, "2024-02-29")
                            .dueDate())
                    .isEqualTo("2025-02-28");
            assertThat(days(4, PeriodUnit.YEARS, Counting.STANDARD, PLAIN, "2024-02-29")
                            .dueDate())
                    .isEqualTo("2028-02-29");
        }

        @Test
        void aMonthThatHasTheDayIsNotClamped() {
            Computation c = days(4, PeriodUnit.MONTHS, Counting.STANDARD, PLAIN, "2025-03-15");
            assertThat(c.dueDate()).isEqualTo("2025-07-15");
            assertThat(PackFixture.keys(c)).doesNotContain("clamped");
        }

        @Test
        void theEarlierReadingEndsTheDayBefore() {
            assertThat(days(1, PeriodUnit.MONTHS, Counting.EARLIER, PLAIN, "2024-03-31")
                            .dueDate())
                    .isEqualTo("2024-04-29");
            assertThat(days(4, PeriodUnit.MONTHS, Counting.EARLIER, PLAIN, "2025-03-15")
                            .dueDate())
                    .isEqualTo("2025-07-14");
        }
    }

    @Nested
    class Hours {

        @Test
        void elapsedHoursAcrossTheSpringClockChange() {
            // clocks go forward on Sunday 30 March 2025 in Podgorica: 48 elapsed hours end at 11:00 local
            StartPoint start = timed("2025-03-29T10:00");
            Computation elapsed = hours(48, Counting.STANDARD, start);
            assertThat(elapsed.due())
                    .isEqualTo(OffsetDateTime.parse("2025-03-31T11:00+02:00").toInstant());
            assertThat(PackFixture.english(elapsed))
                    .isEqualTo(
                            "48 hours from the recorded time; the clocks changed on 2025-03-30: counted in elapsed hours");
            Computation earlier = hours(48, Counting.EARLIER, start);
            assertThat(earlier.due())
                    .isEqualTo(OffsetDateTime.parse("2025-03-31T10:00+02:00").toInstant());
            assertThat(PackFixture.english(earlier)).contains("the earlier of elapsed and clock time is used");
            assertThat(earlier.hours()).isTrue();
        }

        @Test
        void elapsedHoursAreTheEarlierAcrossTheAutumnClockChange() {
            // clocks go back on Sunday 26 October 2025: 48 elapsed hours end at 09:00 local, before the clock's 10:00
            StartPoint start = timed("2025-10-25T10:00");
            assertThat(hours(48, Counting.EARLIER, start).due())
                    .isEqualTo(OffsetDateTime.parse("2025-10-27T09:00+01:00").toInstant());
            assertThat(hours(48, Counting.STANDARD, start).due())
                    .isEqualTo(OffsetDateTime.parse("2025-10-27T09:00+01:00").toInstant());
        }

        @Test
        void withoutAClockChangeHoursAreSimplyAdded() {
            Computation c = hours(24, Counting.EARLIER, timed("2025-04-14T17:30"));
            assertThat(c.due())
                    .isEqualTo(OffsetDateTime.parse("2025-04-15T17:30+02:00").toInstant());
            assertThat(PackFixture.english(c)).isEqualTo("24 hours from the recorded time");
        }

        @Test
        void aDateOnlyStartCountsFromTheStartOfThatDay() {
            Computation c = hours(24, Counting.EARLIER, dateOnly("2025-04-14", PODGORICA));
            assertThat(c.due())
                    .isEqualTo(OffsetDateTime.parse("2025-04-15T00:00+02:00").toInstant());
            assertThat(c.dueDate()).isEqualTo("2025-04-15");
            assertThat(PackFixture.english(c))
                    .isEqualTo("24 hours from the start of 2025-04-14 (the time was not recorded)");
        }
    }

    @Test
    void theEndOfADayWithAClockChangeIsStill235959() {
        Computation c = days(1, PeriodUnit.CALENDAR_DAYS, Counting.STANDARD, PLAIN, "2025-03-29");
        assertThat(c.due().atZone(PODGORICA).toLocalDateTime())
                .isEqualTo(LocalDateTime.parse("2025-03-30T23:59:59.999"));
    }

    static Counting rolling() {
        return new Counting(false, true, Counting.ClockChange.ELAPSED);
    }

    static Computation days(int n, PeriodUnit unit, Counting counting, HolidayCalendar calendar, String start) {
        ZoneId zone = calendar.equals(PackFixture.calendar("KZ")) ? ALMATY : PODGORICA;
        return DeadlineArithmetic.compute(
                new Period(n, unit, false), counting, null, calendar, zone, dateOnly(start, zone));
    }

    static Computation hours(int n, Counting counting, StartPoint start) {
        return DeadlineArithmetic.compute(
                new Period(n, PeriodUnit.HOURS, false), counting, null, PLAIN, PODGORICA, start);
    }

    static StartPoint timed(String local) {
        LocalDateTime at = LocalDateTime.parse(local);
        return new StartPoint(at.atZone(PODGORICA).toInstant(), at.toLocalDate(), true);
    }

    static StartPoint dateOnly(String date, ZoneId zone) {
        LocalDate d = LocalDate.parse(date);
        return new StartPoint(d.atStartOfDay(zone).toInstant(), d, false);
    }
}
