package org.tirek.proceedings.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The earlier reading (for rules whose counting was not verified) never gives a later date than the
 * usual one, for any start, amount and unit, in any pack's calendar; and no count ever ends before
 * it starts.
 */
class DeadlineArithmeticProperties {

    static final ZoneId ZONE = ZoneId.of("Europe/Podgorica");

    @Property(tries = 400)
    void theEarlierReadingIsNeverLater(
            @ForAll("starts") LocalDateTime start,
            @ForAll @IntRange(min = 1, max = 400) int amount,
            @ForAll PeriodUnit unit,
            @ForAll("calendars") HolidayCalendar calendar) {
        Period period = new Period(unit == PeriodUnit.HOURS ? amount : Math.min(amount, 60), unit, false);
        StartPoint from = new StartPoint(start.atZone(ZONE).toInstant(), start.toLocalDate(), true);
        Computation standard = DeadlineArithmetic.compute(period, Counting.STANDARD, null, calendar, ZONE, from);
        Computation earlier = DeadlineArithmetic.compute(period, Counting.EARLIER, null, calendar, ZONE, from);
        Computation rolled = DeadlineArithmetic.compute(
                period, new Counting(false, true, Counting.ClockChange.ELAPSED), null, calendar, ZONE, from);
        assertThat(earlier.due()).isBeforeOrEqualTo(standard.due());
        assertThat(standard.due()).isBeforeOrEqualTo(rolled.due());
        assertThat(earlier.due()).isAfter(from.instant());
    }

    @Property(tries = 200)
    void countingBackwardsNeverReachesTheStartDay(
            @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 20) int amount,
            @ForAll("calendars") HolidayCalendar calendar) {
        Computation c = DeadlineArithmetic.compute(
                new Period(amount, PeriodUnit.WORKING_DAYS, true),
                Counting.STANDARD,
                null,
                calendar,
                ZONE,
                new StartPoint(start.atStartOfDay(ZONE).toInstant(), start, false));
        assertThat(c.dueDate()).isBefore(start);
        assertThat(calendar.workingDay(c.dueDate())).isTrue();
    }

    @Provide
    Arbitrary<LocalDateTime> starts() {
        return dates().map(d -> d.atTime(9, 30));
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers()
                .between(0, 365 * 5)
                .map(n -> LocalDate.of(2023, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<HolidayCalendar> calendars() {
        return Arbitraries.of(
                HolidayCalendar.none("none"),
                PackFixture.calendar("ME"),
                PackFixture.calendar("KZ"),
                PackFixture.calendar("ECHR"));
    }
}
