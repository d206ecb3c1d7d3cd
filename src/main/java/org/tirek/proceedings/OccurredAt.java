package org.tirek.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.tirek.platform.InvalidRequestException;

/**
 * When an event happened: the instant, the time zone of the place it happened (deadlines count in
 * that zone), and whether only the date is known (then the instant is the start of that day there).
 */
public record OccurredAt(Instant instant, ZoneId zone, boolean dateOnly) {

    /** The local date in the event's zone. */
    public LocalDate date() {
        return instant.atZone(zone).toLocalDate();
    }

    public ZonedDateTime zoned() {
        return instant.atZone(zone);
    }

    public static OccurredAt ofDate(LocalDate date, ZoneId zone) {
        return new OccurredAt(date.atStartOfDay(zone).toInstant(), zone, true);
    }

    /**
     * Reads {@code 2025-04-14} (a date in {@code zone}), {@code 2025-04-14T09:30} (a local time in
     * {@code zone}), {@code 2025-04-14T09:30+02:00} or {@code 2025-04-14T07:30Z}.
     *
     * @throws InvalidRequestException naming {@code field} when the text is none of these
     */
    public static OccurredAt parse(String text, ZoneId zone, String field) {
        String value = text.strip();
        try {
            if (value.length() == 10) return ofDate(LocalDate.parse(value), zone);
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return new OccurredAt(OffsetDateTime.parse(value).toInstant(), zone, false);
            }
            return new OccurredAt(
                    java.time.LocalDateTime.parse(value).atZone(zone).toInstant(), zone, false);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "Give the time as 2025-04-14 or 2025-04-14T09:30 (local), or with an offset",
                    Map.of(field, "ISO-8601 date or date-time"));
        }
    }
}
