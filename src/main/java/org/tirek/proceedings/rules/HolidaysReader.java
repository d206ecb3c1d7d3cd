package org.tirek.proceedings.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Confidence;

/**
 * Reads a pack's {@code weekend} and {@code holidays}: fixed days (month-day, for every covered
 * year, optionally {@code from}/{@code until} a year), dated days, weekend days made working days,
 * the years covered and those covered only in part.
 */
final class HolidaysReader {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*-\\s*(\\d{4}))?");
    private static final Set<String> KEYS =
            Set.of("source", "confidence", "covers", "incomplete", "fixed", "dated", "workingDays", "note");
    private static final Set<String> DAY_KEYS = Set.of("date", "name", "confidence", "from", "until");

    private HolidaysReader() {}

    static HolidayCalendar read(Node pack) {
        Set<DayOfWeek> weekend = weekend(pack);
        Node node = pack.node("holidays");
        if (node == null) return new HolidayCalendar(weekend, Map.of(), Map.of(), Set.of(), Map.of(), "");
        node.allow(KEYS);
        Set<Integer> covered = covers(node);
        Map<Integer, String> incomplete = new HashMap<>();
        Node parts = node.node("incomplete");
        if (parts != null) {
            for (String key : parts.keys()) {
                int year = year(node, key);
                if (!covered.contains(year)) throw node.fail("incomplete year " + year + " is not in 'covers'");
                incomplete.put(year, parts.required(key));
            }
        }
        Set<Integer> complete = new HashSet<>(covered);
        complete.removeAll(incomplete.keySet());
        Confidence otherwise = confidence(node, null);
        Map<LocalDate, Holiday> holidays = new HashMap<>();
        for (Node day : node.nodes("fixed", "date")) fixed(day.allow(DAY_KEYS), covered, otherwise, holidays);
        for (Node day : node.nodes("dated", "date")) {
            Holiday h = holiday(day.allow(DAY_KEYS), date(day), otherwise);
            inCovers(day, h.date(), covered);
            holidays.put(h.date(), h);
        }
        Map<LocalDate, String> working = new HashMap<>();
        for (Node day : node.nodes("workingDays", "date")) {
            LocalDate date = date(day.allow(Set.of("date", "name")));
            inCovers(day, date, covered);
            working.put(date, day.optional("name") == null ? "" : day.required("name"));
        }
        String source = node.optional("source");
        if (!holidays.isEmpty() && source == null)
            throw node.fail("'holidays.source' is missing: say where the days come from");
        return new HolidayCalendar(weekend, holidays, working, complete, incomplete, source == null ? "" : source);
    }

    private static Set<DayOfWeek> weekend(Node pack) {
        if (!pack.has("weekend")) return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        Set<DayOfWeek> days = new HashSet<>();
        for (String day : pack.strings("weekend")) {
            try {
                days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw pack.fail("unknown weekend day '" + day + "' (use MONDAY … SUNDAY)");
            }
        }
        return days;
    }

    private static Set<Integer> covers(Node node) {
        String covers = node.optional("covers");
        if (covers == null) return Set.of();
        Matcher m = YEARS.matcher(covers);
        if (!m.matches())
            throw node.fail("'holidays.covers' must be a year or a range like 2023-2027, not '" + covers + "'");
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (to < from || to - from > 50) throw node.fail("'holidays.covers' must run forwards, at most 50 years");
        Set<Integer> years = new TreeSet<>();
        for (int y = from; y <= to; y++) years.add(y);
        return years;
    }

    private static void fixed(Node day, Set<Integer> covered, Confidence otherwise, Map<LocalDate, Holiday> holidays) {
        String text = day.required("date");
        MonthDay monthDay;
        try {
            monthDay = MonthDay.parse("--" + text);
        } catch (DateTimeException e) {
            throw day.fail("fixed holiday '" + text + "' is not a month-day like 01-07");
        }
        int from = day.has("from") ? year(day, day.required("from")) : Integer.MIN_VALUE;
        int until = day.has("until") ? year(day, day.required("until")) : Integer.MAX_VALUE;
        for (int year : covered) {
            if (year < from || year > until || !monthDay.isValidYear(year)) continue;
            Holiday h = holiday(day, monthDay.atYear(year), otherwise);
            holidays.put(h.date(), h);
        }
    }

    private static Holiday holiday(Node day, LocalDate date, Confidence otherwise) {
        return new Holiday(date, day.required("name"), confidence(day, otherwise));
    }

    private static LocalDate date(Node day) {
        String text = day.required("date");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw day.fail("holiday date '" + text + "' is not a date like 2025-03-21");
        }
    }

    private static void inCovers(Node day, LocalDate date, Set<Integer> covered) {
        if (!covered.contains(date.getYear())) {
            throw day.fail("holiday " + date + " is outside the years in 'holidays.covers'");
        }
    }

    private static int year(Node node, String text) {
        if (!text.matches("\\d{4}")) throw node.fail("'" + text + "' is not a year");
        return Integer.parseInt(text);
    }

    private static Confidence confidence(Node node, @Nullable Confidence otherwise) {
        String text = node.optional("confidence");
        if (text == null) {
            if (otherwise == null) return Confidence.UNVERIFIED;
            return otherwise;
        }
        return RuleReader.confidence(node, text);
    }
}
