package org.tirek.proceedings.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.calendar.CalendarEntry;
import org.tirek.proceedings.calendar.Calendars;

@RestController
@Tag(name = "Calendar", description = "Hearings and deadlines in a time range, across the cases the caller may see")
class CalendarApi {

    private final Calendars calendars;

    CalendarApi(Calendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping("/api/v1/calendar")
    @PreAuthorize(ProceedingsApi.CASE_VIEWERS)
    @Operation(
            summary = "Hearings and deadlines from `from` until before `until` (at most 400 days), soonest first",
            description = "Coordinators and administrators see every case, lawyers and caseworkers the cases whose team"
                    + " they are on. Each entry has `kind` (HEARING or DEADLINE), `at` (UTC), `zone` (where it is"
                    + " counted), `allDay` (a deadline due at the end of its day), the case's reference, the"
                    + " proceeding's id, type and title, and for a deadline its label and status. Waived deadlines"
                    + " are left out. `from` and `until` are instants such as 2026-12-01T00:00:00Z.")
    List<CalendarEntry> between(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String until) {
        return calendars.between(user, instant(from, "from"), instant(until, "until"));
    }

    private static Instant instant(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field + " is required", Map.of(field, "required"));
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    field + " is an instant such as 2026-12-01T00:00:00Z", Map.of(field, "instant"));
        }
    }
}
