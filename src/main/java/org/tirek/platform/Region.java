package org.tirek.platform;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A coarse place: a country (ISO 3166-1 alpha-2, e.g. {@code ME}) or one of its first-level
 * subdivisions (ISO 3166-2, e.g. {@code KZ-75} for Almaty). Never finer than that: Tirek records
 * areas, not addresses, in structural data. Its name is the message {@code region.<code>}.
 */
public record Region(String code) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    /** Kazakhstan's regions and cities of republican significance, and the countries met most often. */
    public static final List<String> KNOWN = List.of(
            "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39", "KZ-43", "KZ-47",
            "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79", "KZ", "ME", "RU", "KG", "UZ", "GE",
            "TR", "DE", "LT");

    /** @throws IllegalArgumentException when the code is not a country or a country-subdivision code */
    public Region {
        if (!SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("A region is a country code (ME) or a subdivision code (KZ-75)");
        }
    }

    public static Region of(String code) {
        return new Region(code.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The country part. */
    public String country() {
        return code.substring(0, 2);
    }

    /** The message key of its name. */
    public String messageKey() {
        return "region." + code;
    }

    @Override
    public String toString() {
        return code;
    }
}
