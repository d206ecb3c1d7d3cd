package org.tirek.proceedings;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tirek.platform.InvalidRequestException;

/**
 * Jurisdiction codes: ISO 3166-1 countries, and the international forums with codes of their own.
 * Each has the time zone in which its days and hours are counted.
 */
public final class Jurisdictions {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}|ECHR|INTERPOL|EU|UN");
    /**
     * ISO 3166-1 countries, and Kosovo's user-assigned {@code XK} (used by the European Commission,
     * Interpol and Kosovo's own documents; ISO has not assigned it, so the JDK does not list it),
     * which requests extradition in the region Tirek's users work in.
     */
    private static final Set<String> COUNTRIES = withKosovo(Locale.getISOCountries());

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ME", ZoneId.of("Europe/Podgorica")),
            Map.entry("KZ", ZoneId.of("Asia/Almaty")),
            Map.entry("RU", ZoneId.of("Europe/Moscow")),
            Map.entry("KG", ZoneId.of("Asia/Bishkek")),
            Map.entry("UZ", ZoneId.of("Asia/Tashkent")),
            Map.entry("GE", ZoneId.of("Asia/Tbilisi")),
            Map.entry("TR", ZoneId.of("Europe/Istanbul")),
            Map.entry("DE", ZoneId.of("Europe/Berlin")),
            Map.entry("LT", ZoneId.of("Europe/Vilnius")),
            Map.entry("RS", ZoneId.of("Europe/Belgrade")),
            Map.entry("XK", ZoneId.of("Europe/Belgrade")), // the tz database gives Kosovo no zone of its own
            Map.entry("ECHR", ZoneId.of("Europe/Paris")), // Strasbourg: the Registry's hours
            Map.entry("INTERPOL", ZoneId.of("Europe/Paris")), // Lyon
            Map.entry("EU", ZoneId.of("Europe/Brussels")),
            Map.entry("UN", ZoneId.of("Europe/Zurich"))); // Geneva

    private Jurisdictions() {}

    private static Set<String> withKosovo(String[] iso) {
        java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(iso));
        all.add("XK");
        return Set.copyOf(all);
    }

    /**
     * The code, upper-cased.
     *
     * @throws InvalidRequestException naming {@code field} when it is neither a country nor a forum code
     */
    public static String parse(String code, String field) {
        String value = code.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException(
                    "A jurisdiction is a country code (ME, KZ) or ECHR, INTERPOL, EU, UN", Map.of(field, "like ME"));
        }
        return value;
    }

    /**
     * The ISO 3166-1 alpha-2 code of a country ({@link Locale#getISOCountries()}, and {@code XK} for
     * Kosovo), upper-cased: a state, not an international forum (EU, UN, ECHR, INTERPOL) and not a code that no country has.
     *
     * @throws InvalidRequestException naming {@code field} otherwise
     */
    public static String country(String code, String field) {
        String value = code.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(value)) {
            throw new InvalidRequestException(
                    field + " is a country's ISO 3166 two-letter code, such as KZ: not EU, UN, ECHR or INTERPOL,"
                            + " nor a code that no country has",
                    Map.of(field, "an ISO 3166 country code, like KZ"));
        }
        return value;
    }

    /** The zone of {@code jurisdiction}; UTC for countries not listed. */
    public static ZoneId zone(String jurisdiction) {
        return ZONES.getOrDefault(jurisdiction, ZoneId.of("UTC"));
    }
}
