package org.tirek.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tirek.people.Identity;
import org.tirek.people.IdentityDocument;
import org.tirek.people.IsoCodes;
import org.tirek.people.NewPerson;
import org.tirek.people.PersonProfile;
import org.tirek.people.SafeContact;
import org.tirek.platform.InvalidRequestException;

/**
 * What a person's data must look like, checked before anything is sealed or written (so a refusal
 * leaves nothing behind). Texts are trimmed, blank ones dropped. Refusals name the fields and what
 * is allowed, never the value.
 */
final class PersonRules {

    static final int MAX_NAME = 200;
    static final int MAX_ITEMS = 10;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()./-]{2,39}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,100}@[^@\\s]{1,150}");
    private static final Pattern BIRTH_DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    private final Map<String, String> errors = new LinkedHashMap<>();
    private final Year thisYear;

    private PersonRules(Year thisYear) {
        this.thisYear = thisYear;
    }

    static PersonProfile profile(PersonProfile p, Year thisYear) {
        PersonRules rules = new PersonRules(thisYear);
        PersonProfile checked = rules.checkProfile(p);
        rules.throwIfAny();
        return checked;
    }

    static Identity identity(Identity i, Year thisYear) {
        PersonRules rules = new PersonRules(thisYear);
        Identity checked = rules.checkIdentity(i);
        rules.throwIfAny();
        return checked;
    }

    static SafeContact safeContact(SafeContact c) {
        PersonRules rules = new PersonRules(Year.of(2000));
        SafeContact checked = rules.checkSafeContact(c);
        rules.throwIfAny();
        return checked;
    }

    /** All three at once, so that a form learns of every wrong field in one answer. */
    static NewPerson newPerson(NewPerson p, Year thisYear) {
        PersonRules rules = new PersonRules(thisYear);
        var checked = new NewPerson(
                rules.checkProfile(p.profile()),
                rules.checkIdentity(p.identity()),
                rules.checkSafeContact(p.safeContact()));
        rules.throwIfAny();
        return checked;
    }

    private PersonProfile checkProfile(PersonProfile p) {
        Integer year = p.birthYear();
        if (year != null && (year < 1900 || year > thisYear.getValue()))
            errors.put("birthYear", "a year from 1900 to " + thisYear);
        String nationality = p.nationality();
        if (nationality != null && !IsoCodes.isCountry(nationality))
            errors.put("nationality", "an ISO 3166-1 alpha-2 country code, like KZ");
        if (p.languages().size() > MAX_ITEMS
                || new HashSet<>(p.languages()).size() != p.languages().size()
                || !p.languages().stream().allMatch(IsoCodes::isLanguage)) {
            errors.put("languages", "up to " + MAX_ITEMS + " different ISO 639-1 codes, like kk, ru");
        }
        return p;
    }

    private Identity checkIdentity(Identity i) {
        String legalName = text(i.legalName(), "legalName", MAX_NAME);
        List<String> aliases = texts(i.aliases(), "aliases", MAX_NAME);
        String birthDate = text(i.birthDate(), "birthDate", 10);
        if (birthDate != null && !validBirthDate(birthDate))
            errors.put("birthDate", "a past date as YYYY-MM-DD, or YYYY-MM");
        List<String> phones = texts(i.phones(), "phones", 40);
        if (!phones.stream().allMatch(p -> PHONE.matcher(p).matches()))
            errors.put("phones", "phone numbers of digits, spaces and + ( ) . - /");
        List<String> emails = texts(i.emails(), "emails", 250);
        if (!emails.stream().allMatch(e -> EMAIL.matcher(e).matches())) errors.put("emails", "e-mail addresses");
        List<String> addresses = texts(i.addresses(), "addresses", 500);
        List<IdentityDocument> documents = new ArrayList<>();
        for (IdentityDocument d : i.documents()) {
            String number = text(d.number(), "documents", 100);
            if (number != null) documents.add(new IdentityDocument(d.type(), number));
        }
        if (documents.size() > MAX_ITEMS) errors.put("documents", "at most " + MAX_ITEMS);
        return new Identity(legalName, aliases, birthDate, phones, emails, addresses, documents);
    }

    private SafeContact checkSafeContact(SafeContact c) {
        String phone = text(c.safePhone(), "safePhone", 40);
        if (phone != null && !PHONE.matcher(phone).matches())
            errors.put("safePhone", "a phone number of digits, spaces and + ( ) . - /");
        return new SafeContact(
                phone,
                text(c.safeTimes(), "safeTimes", 200),
                c.mayLeaveMessage(),
                text(c.codeWord(), "codeWord", 100),
                multiline(c.notes(), "notes", 2000));
    }

    private boolean validBirthDate(String value) {
        if (!BIRTH_DATE.matcher(value).matches()) return false;
        try {
            Year year = value.length() == 7
                    ? Year.of(YearMonth.parse(value).getYear())
                    : Year.of(LocalDate.parse(value).getYear());
            return year.getValue() >= 1900 && !year.isAfter(thisYear);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private @Nullable String text(@Nullable String value, String field, int max) {
        String s = multiline(value, field, max);
        if (s != null && (s.contains("\n") || s.contains("\r"))) errors.put(field, "one line");
        return s;
    }

    private @Nullable String multiline(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) return null;
        String s = value.strip();
        if (s.length() > max) errors.put(field, "at most " + max + " characters");
        if (s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t'))
            errors.put(field, "no control characters");
        return s;
    }

    private List<String> texts(List<String> values, String field, int max) {
        List<String> kept = new ArrayList<>();
        for (String v : values) {
            String s = text(v, field, max);
            if (s != null) kept.add(s);
        }
        if (kept.size() > MAX_ITEMS) errors.put(field, "at most " + MAX_ITEMS);
        return kept;
    }

    private void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "Some values are not allowed: " + String.join(", ", errors.keySet()), errors);
        }
    }
}
