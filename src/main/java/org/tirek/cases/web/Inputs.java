package org.tirek.cases.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;

/** Parsing of request values into domain types, with a clear error naming the field and what is allowed. */
final class Inputs {

    private Inputs() {}

    static <E extends Enum<E>> E required(Class<E> type, @Nullable String value, String field) {
        E parsed = optional(type, value, field);
        if (parsed == null) {
            throw new InvalidRequestException(
                    field + " is required; use one of " + names(type), Map.of(field, "one of " + names(type)));
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

    static @Nullable Region region(@Nullable String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Region.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "A region is a country code (ME) or a subdivision code (KZ-75)", Map.of(field, "like KZ-75"));
        }
    }

    static CaseId caseId(@Nullable String value, String field) {
        try {
            return CaseId.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Give the case's identifier", Map.of(field, "a UUID"));
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
