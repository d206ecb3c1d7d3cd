package org.tirek.people.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tirek.people.ClientCode;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;

/**
 * Parsing of request values into domain types, with a clear error naming the field and what is
 * allowed. An error message may quote a value only where that value is a code from a fixed list.
 */
final class Inputs {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private static final Pattern LINES = Pattern.compile("\\R");

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
                    "Unknown " + field + "; use one of " + names(type), Map.of(field, "one of " + names(type)));
        }
    }

    static <E extends Enum<E>> Set<E> set(Class<E> type, @Nullable List<String> values, String field) {
        Set<E> set = EnumSet.noneOf(type);
        if (values != null) {
            for (String v : values) {
                E parsed = optional(type, v, field);
                if (parsed != null) set.add(parsed);
            }
        }
        return set;
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

    /** A country code in capitals, or null when blank; whether it exists is the service's to check. */
    static @Nullable String country(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    /** Language codes from a list or from text such as {@code "kk, ru"}, in small letters. */
    static List<String> languages(@Nullable List<String> values) {
        List<String> codes = new ArrayList<>();
        if (values == null) return codes;
        for (String value : values) {
            if (value == null) continue;
            SEPARATORS
                    .splitAsStream(value)
                    .filter(part -> !part.isBlank())
                    .forEach(part -> codes.add(part.strip().toLowerCase(Locale.ROOT)));
        }
        return codes;
    }

    static ClientCode clientCode(@Nullable String value, String field) {
        try {
            return ClientCode.parse(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "A client code looks like CL-7K3Q-9XPD", Map.of(field, "like CL-7K3Q-9XPD"));
        }
    }

    static UUID uuid(@Nullable String value, String field) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Not an identifier", Map.of(field, "a UUID"));
        }
    }

    static int version(@Nullable Integer value) {
        if (value == null) throw new InvalidRequestException("version is required", Map.of("version", "required"));
        return value;
    }

    static List<String> lines(@Nullable String text) {
        if (text == null) return List.of();
        return LINES.splitAsStream(text)
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList();
    }

    static <T> List<T> list(@Nullable List<T> values) {
        return values == null
                ? List.of()
                : values.stream().filter(v -> v != null).toList();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
