package org.tirek.proceedings.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.InvalidRequestException;

/** Request values into domain types, with errors naming the field and what is allowed. */
final class Inputs {

    private Inputs() {}

    static <E extends Enum<E>> E required(Class<E> type, @Nullable String value, String field) {
        E parsed = optional(type, value, field);
        if (parsed == null) {
            throw new InvalidRequestException(
                    field + " is required; use one of " + names(type), Map.of(field, "required"));
        }
        return parsed;
    }

    static <E extends Enum<E>> @Nullable E optional(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "Unknown " + field + " '" + value.strip() + "'; use one of " + names(type),
                    Map.of(field, "one of " + names(type)));
        }
    }

    static LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field + " is required, e.g. 2023-10-15", Map.of(field, "required"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(
                    "A date is written year-month-day, e.g. 2023-10-15", Map.of(field, "YYYY-MM-DD"));
        }
    }

    static @Nullable UUID uuid(@Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Not an identifier", Map.of(field, "a UUID"));
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
