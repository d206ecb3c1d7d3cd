package org.tirek.proceedings.deadlines;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.tirek.platform.InvalidRequestException;

/** A due time as a lawyer types it: a date (the end of that day), a local date-time, or one with an offset. */
final class DueText {

    private DueText() {}

    /** @throws InvalidRequestException naming {@code due} when the text is none of these */
    static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            if (value.length() == 10)
                return LocalDate.parse(value)
                        .plusDays(1)
                        .atStartOfDay(zone)
                        .toInstant()
                        .minusMillis(1);
            if (value.endsWith("Z") || value.matches(".*[+-]\\d{2}:\\d{2}$"))
                return OffsetDateTime.parse(value).toInstant();
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidRequestException(
                    "Give the due date as 2026-03-10, 2026-03-10T14:00 (local) or with an offset",
                    Map.of("due", "ISO-8601 date or date-time"));
        }
    }
}
