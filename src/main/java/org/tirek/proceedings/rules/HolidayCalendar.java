package org.tirek.proceedings.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Confidence;

/**
 * A pack's working calendar: its weekend days, its holidays (each with a confidence), the weekend
 * days that were made working days, and the years whose holidays it lists completely.
 *
 * <p>Hazard: an UNVERIFIED holiday is listed but counted as a working day. Skipping a day off that
 * is not one would move a deadline later; counting it as a working day moves it earlier, which is
 * the safe side (DOMAIN.md §2). The arithmetic says so in the counting description.
 *
 * @param holidays fixed holidays already expanded for every year of {@code fixedFrom}..{@code
 *     fixedTo}, plus the dated ones
 * @param complete the years whose holidays are listed completely
 * @param incomplete years listed in part, with what is missing
 */
public record HolidayCalendar(
        Set<DayOfWeek> weekend,
        Map<LocalDate, Holiday> holidays,
        Map<LocalDate, String> workingDays,
        Set<Integer> complete,
        Map<Integer, String> incomplete,
        String source) {

    public HolidayCalendar {
        weekend = Set.copyOf(weekend);
        holidays = new TreeMap<>(holidays);
        workingDays = new TreeMap<>(workingDays);
        complete = Set.copyOf(complete);
        incomplete = Map.copyOf(incomplete);
    }

    /** Saturday and Sunday, no holidays known for any year. */
    public static HolidayCalendar none(String source) {
        return new HolidayCalendar(
                Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), Map.of(), Map.of(), Set.of(), Map.of(), source);
    }

    /** Whether the count skips {@code date}: a weekend day not made a working day, or a checked holiday. */
    public boolean dayOff(LocalDate date) {
        if (weekend.contains(date.getDayOfWeek()) && !workingDays.containsKey(date)) return true;
        Holiday holiday = holidays.get(date);
        return holiday != null && holiday.confidence() != Confidence.UNVERIFIED;
    }

    public boolean workingDay(LocalDate date) {
        return !dayOff(date);
    }

    /** The holiday listed on {@code date}, checked or not. */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(holidays.get(date));
    }

    /** What is missing for {@code year}: {@code null} when listed completely, else a note (maybe empty). */
    public @Nullable String gap(int year) {
        if (complete.contains(year)) return null;
        return incomplete.getOrDefault(year, "");
    }
}
