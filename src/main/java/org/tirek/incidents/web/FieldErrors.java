package org.tirek.incidents.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;

/**
 * Parses request values one field at a time and collects what is wrong with each, so that one
 * refusal names every field to correct. A value that fails gives {@code null}; the caller builds
 * its domain object only after {@link #throwIfAny()}. Messages name fields and allowed values,
 * never echo a value.
 */
final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();
    private List<Integer> rows = List.of();

    /**
     * Names the perpetrators of a request by the rows of the form they came from: the form skips
     * blank rows, so the request's perpetrator {@code i} is the form's row {@code rows.get(i)}.
     */
    FieldErrors withRows(List<Integer> rows) {
        this.rows = List.copyOf(rows);
        return this;
    }

    /** The field-name prefix of the request's perpetrator {@code index}, like {@code perpetrators[2].}. */
    String perpetrator(int index) {
        return "perpetrators[" + (index < rows.size() ? rows.get(index) : index) + "].";
    }

    <E extends Enum<E>> @Nullable E required(Class<E> type, @Nullable String value, String field) {
        E parsed = optional(type, value, field);
        if (parsed == null && !errors.containsKey(field)) add(field, "required: one of " + names(type));
        return parsed;
    }

    <E extends Enum<E>> @Nullable E optional(Class<E> type, @Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add(field, "one of " + names(type));
            return null;
        }
    }

    <E extends Enum<E>> E orDefault(Class<E> type, @Nullable String value, String field, E fallback) {
        E parsed = optional(type, value, field);
        return parsed == null ? fallback : parsed;
    }

    @Nullable LocalDate date(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            add(field, "required: a date YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            add(field, "a date YYYY-MM-DD that exists");
            return null;
        }
    }

    @Nullable Region region(@Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Region.of(value);
        } catch (IllegalArgumentException e) {
            add(field, "a country code (ME) or a subdivision code (KZ-75), never an address");
            return null;
        }
    }

    /** A whole number from {@code min} to {@code max}, or {@code null} when blank (unknown). */
    @Nullable Integer number(@Nullable String value, String field, int min, int max) {
        if (value == null || value.isBlank()) return null;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        add(field, "a whole number from " + min + " to " + max);
        return null;
    }

    void add(String field, String problem) {
        errors.putIfAbsent(field, problem);
    }

    boolean has(String field) {
        return errors.containsKey(field);
    }

    /** @throws InvalidRequestException naming every refused field */
    void throwIfAny() {
        throwIfAny("The incident was not saved; see 'errors' for the fields to correct");
    }

    /** @throws InvalidRequestException with {@code message}, naming every refused field */
    void throwIfAny(String message) {
        if (!errors.isEmpty()) throw new InvalidRequestException(message, errors);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
