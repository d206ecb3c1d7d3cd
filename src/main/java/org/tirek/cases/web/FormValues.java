package org.tirek.cases.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.InvalidRequestException;

/**
 * Reads the values of a request (a form, or an API body turned into a map) one field at a time and
 * collects what is wrong with each, so that one refusal names every field to correct. A value that
 * fails reads as {@code null}; the caller builds its domain object only after {@link #throwIfAny}.
 * Problems name fields and allowed values, never echo a value.
 */
final class FormValues {

    private final Map<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormValues(Map<String, String> values) {
        this.values = values;
    }

    @Nullable String text(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value;
    }

    /** Whether the field was sent with nothing in it (which clears a value, where that is allowed). */
    boolean blank(String field) {
        String value = values.get(field);
        return value != null && value.isBlank();
    }

    <E extends Enum<E>> @Nullable E required(Class<E> type, String field) {
        E parsed = optional(type, field);
        if (parsed == null && !errors.containsKey(field)) errors.put(field, "required: one of " + names(type));
        return parsed;
    }

    <E extends Enum<E>> @Nullable E optional(Class<E> type, String field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "one of " + names(type));
            return null;
        }
    }

    @Nullable LocalDate requiredDate(String field) {
        LocalDate date = date(field);
        if (date == null && !errors.containsKey(field)) errors.put(field, "required: a date YYYY-MM-DD");
        return date;
    }

    @Nullable LocalDate date(String field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "a date YYYY-MM-DD that exists");
            return null;
        }
    }

    @Nullable UUID requiredId(String field) {
        UUID id = id(field);
        if (id == null && !errors.containsKey(field)) errors.put(field, "required: an identifier");
        return id;
    }

    @Nullable UUID id(String field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "an identifier (UUID)");
            return null;
        }
    }

    @Nullable Integer number(String field) {
        String value = text(field);
        if (value == null) {
            errors.put(field, "required");
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "a whole number");
            return null;
        }
    }

    /** @throws InvalidRequestException with {@code message}, naming every refused field */
    /** Names {@code field} as refused, with what it must be. */
    void refuse(String field, String must) {
        errors.put(field, must);
    }

    void throwIfAny(String message) {
        if (!errors.isEmpty()) throw new InvalidRequestException(message, errors);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
