package org.tirek.proceedings.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.calendar.CalendarEntry;
import org.tirek.proceedings.calendar.Calendars;

/**
 * The calendar: a month or a week of the hearings and deadlines the user may see, days counted in
 * the organisation's time zone; and the user's secret feed address for a calendar application,
 * created (shown once, never stored), replaced and revoked here. The feed itself is served at
 * {@code /feeds/{token}.ics}, outside the session, to whoever holds the address.
 */
@Controller
class CalendarPages {

    static final String FEED_PATH = "/feeds/";

    private final Calendars calendars;
    private final CalendarFeeds feeds;
    private final ZoneId zone;

    CalendarPages(Calendars calendars, CalendarFeeds feeds, @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.calendars = calendars;
        this.feeds = feeds;
        this.zone = zone;
    }

    /** One day of a view: its date, whether it belongs to the month shown, and what falls on it. */
    record Day(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {}

    @GetMapping("/calendar")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String calendar(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(required = false) @Nullable String view,
            @RequestParam(required = false) @Nullable String date,
            HttpServletResponse response,
            Model model) {
        LocalDate today = LocalDate.now(zone);
        boolean week = "week".equals(view);
        LocalDate day = today;
        if (view != null && !view.equals("week") && !view.equals("month")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", "calendar.error.view");
        }
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("error", "calendar.error.date");
            }
        }
        LocalDate first;
        LocalDate last; // inclusive
        if (week) {
            first = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = first.plusDays(6);
        } else {
            first = day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = day.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        }
        List<CalendarEntry> entries = calendars.between(
                user,
                first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
        Map<LocalDate, List<CalendarEntry>> byDay = new LinkedHashMap<>();
        for (CalendarEntry e : entries)
            byDay.computeIfAbsent(e.day(zone), d -> new ArrayList<>()).add(e);
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) weeks.add(new ArrayList<>());
            weeks.getLast()
                    .add(new Day(
                            d,
                            week || d.getMonth() == day.getMonth(),
                            d.equals(today),
                            byDay.getOrDefault(d, List.of())));
        }
        model.addAttribute("weeks", weeks);
        model.addAttribute("week", week);
        model.addAttribute("day", day);
        model.addAttribute("first", first);
        model.addAttribute("last", last);
        model.addAttribute("count", entries.size());
        model.addAttribute(
                "previous", week ? day.minusWeeks(1) : day.minusMonths(1).withDayOfMonth(1));
        model.addAttribute("next", week ? day.plusWeeks(1) : day.plusMonths(1).withDayOfMonth(1));
        model.addAttribute("today", today);
        model.addAttribute("zone", zone);
        model.addAttribute("feed", feeds.current(user).orElse(null));
        model.addAttribute("currentPath", "/calendar");
        return "proceedings/calendar";
    }

    /** A new feed address, shown on this answer only (it is not stored, so it cannot be shown again). */
    @PostMapping("/calendar/feed")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String createFeed(
            @AuthenticationPrincipal TirekUser user,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        CalendarFeeds.IssuedFeed issued = feeds.issue(user);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("feedUrl", feedUrl(issued.token()));
        return calendar(user, null, null, response, model);
    }

    @PostMapping("/calendar/feed/revoke")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    String revokeFeed(@AuthenticationPrincipal TirekUser user) {
        feeds.revoke(user);
        return "redirect:/calendar?feed=revoked";
    }

    /**
     * The iCal feed for whoever holds the address. An unknown or revoked address answers 404 like
     * an address that never existed; the answer is never cached by the way.
     */
    @GetMapping(value = FEED_PATH + "{token}.ics")
    @PreAuthorize("permitAll()")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendars
                .feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .header("X-Robots-Tag", "noindex")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static String feedUrl(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(FEED_PATH + token + ".ics")
                .toUriString();
    }
}
