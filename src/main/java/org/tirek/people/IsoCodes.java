package org.tirek.people;

import java.util.Locale;
import java.util.Set;

/** The ISO codes people data uses: countries (3166-1 alpha-2) and languages (639-1), as the JDK knows them. */
public final class IsoCodes {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private IsoCodes() {}

    /** Whether {@code code} is an ISO 3166-1 alpha-2 country code in capitals, like {@code KZ}. */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    /** Whether {@code code} is an ISO 639-1 language code in small letters, like {@code kk}. */
    public static boolean isLanguage(String code) {
        return code.length() == 2 && LANGUAGES.contains(code);
    }

    /** Every country code. */
    public static Set<String> countries() {
        return COUNTRIES;
    }
}
