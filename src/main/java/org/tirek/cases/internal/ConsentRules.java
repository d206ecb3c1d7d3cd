package org.tirek.cases.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.NewConsent;

/**
 * The rules a new consent must pass on its own (the case's parties, team and organisations are
 * checked by the service): a recipient exactly where the purpose names one, dates that make sense,
 * a language code, conditions of bounded length. Problems are keyed by the API's field names.
 */
final class ConsentRules {

    static final int MAX_TEXT = 2000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private ConsentRules() {}

    static Map<String, String> problems(NewConsent consent, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        ConsentPurpose purpose = consent.purpose();
        if (purpose.recipient() == ConsentPurpose.Recipient.REQUIRED && consent.recipient() == null) {
            problems.put("recipientId", "required for " + purpose);
        }
        if (purpose.recipient() == ConsentPurpose.Recipient.NONE && consent.recipient() != null) {
            problems.put("recipientId", purpose + " has no recipient");
        }
        if (consent.givenOn().isAfter(today)) problems.put("givenOn", "not in the future");
        LocalDate expires = consent.expiresOn();
        if (expires != null && expires.isBefore(consent.givenOn())) problems.put("expiresOn", "not before givenOn");
        String language = consent.language();
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            problems.put("language", "an ISO 639 code such as kk, ru or en");
        }
        String conditions = consent.conditions();
        if (conditions != null && conditions.length() > MAX_TEXT) problems.put("conditions", "at most " + MAX_TEXT);
        return problems;
    }

    /** The language code as stored: trimmed, lower case; {@code null} when blank. */
    static @Nullable String language(@Nullable String value) {
        if (value == null || value.isBlank()) return null;
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** A free text as stored: trimmed; {@code null} when blank. */
    static @Nullable String text(@Nullable String value) {
        if (value == null || value.isBlank()) return null;
        return value.strip();
    }
}
