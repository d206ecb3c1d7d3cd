package org.tirek.proceedings.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.DeadlineQuery;
import org.tirek.proceedings.DeadlineStatus;

/**
 * The board's filter as the page and the API take it: every value a text, checked here. A status
 * is one of {@link DeadlineStatus}, or OPEN (the default: upcoming, due soon, overdue) or ALL.
 */
record DeadlineFilter(
        @Nullable List<String> status,
        @Nullable String lawyer,
        @Nullable String withinDays,
        @Nullable String from,
        @Nullable String until,
        @Nullable String confidence) {

    /**
     * @throws InvalidRequestException naming the field that is not a status, a number of days, an
     *     ISO-8601 time with an offset or a confidence
     */
    DeadlineQuery query() {
        Set<DeadlineStatus> statuses = EnumSet.noneOf(DeadlineStatus.class);
        if (status != null) {
            for (String value : status) {
                for (String one : value.split(",")) {
                    String name = one.strip();
                    if (name.isEmpty() || name.equals("OPEN")) continue;
                    if (name.equals("ALL")) statuses.addAll(EnumSet.allOf(DeadlineStatus.class));
                    else statuses.add(Inputs.required(DeadlineStatus.class, name, "status"));
                }
            }
        }
        return new DeadlineQuery(
                statuses,
                lawyer == null || lawyer.isBlank() ? null : lawyer.strip(),
                days(withinDays),
                instant(from, "from"),
                instant(until, "until"),
                Inputs.optional(Confidence.class, confidence, "confidence"));
    }

    private static @Nullable Integer days(@Nullable String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(
                    "Give the days ahead as a number from 0 to 3660", Map.of("withinDays", "0 to 3660"));
        }
    }

    private static @Nullable Instant instant(@Nullable String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException(
                    field + " is a time with an offset, e.g. 2026-03-01T00:00:00Z", Map.of(field, "ISO-8601"));
        }
    }
}
