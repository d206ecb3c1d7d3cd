package org.tirek.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An account name: 3–64 characters of lower-case letters, digits, dot, dash and underscore. Staff
 * identities are sensitive, so the docs advise a handle rather than a legal name.
 */
public record Username(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    /** @throws IllegalArgumentException when the name does not fit the pattern */
    public Username {
        value = value.trim().toLowerCase(Locale.ROOT);
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "A username has 3 to 64 characters: lower-case letters, digits, '.', '-' or '_'");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
