package org.tirek.identity.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.platform.InvalidRequestException;

/** Parses request fields into identity's value types, turning a refusal into a field error. */
final class Inputs {

    private Inputs() {}

    private static InvalidRequestException missing(String field) {
        return new InvalidRequestException("'" + field + "' is required", Map.of(field, "required"));
    }

    static Username username(String field, @Nullable String value) {
        if (value == null || value.isBlank()) throw missing(field);
        try {
            return Username.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    String.valueOf(e.getMessage()), Map.of(field, String.valueOf(e.getMessage())));
        }
    }

    static Role role(String field, @Nullable String value) {
        if (value == null || value.isBlank()) throw missing(field);
        try {
            return Role.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Unknown role", Map.of(field, "one of " + Role.names()));
        }
    }

    static Password password(String field, @Nullable String value) {
        if (value == null || value.isEmpty()) throw missing(field);
        try {
            return Password.of(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    String.valueOf(e.getMessage()), Map.of(field, String.valueOf(e.getMessage())));
        }
    }
}
