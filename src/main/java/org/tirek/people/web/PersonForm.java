package org.tirek.people.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.tirek.people.AgeBand;
import org.tirek.people.DisplacementStatus;
import org.tirek.people.Identity;
import org.tirek.people.IdentityDocument;
import org.tirek.people.NewPerson;
import org.tirek.people.PersonDetails;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.people.SafeContact;
import org.tirek.people.Sex;
import org.tirek.people.Vulnerability;
import org.tirek.platform.InvalidRequestException;

/**
 * The person forms as typed: the values to show again after a refusal, and their parsing into domain
 * values. Lists are one item a line; documents are rows of a type and a number. Every field is
 * parsed, so one refusal names all wrong fields. {@code toString()} shows no value.
 */
final class PersonForm {

    /** The fields in the order the forms show them: the first refused one gets the focus. */
    static final List<String> FIELDS = List.of(
            "role",
            "kind",
            "legalName",
            "aliases",
            "sex",
            "birthYear",
            "ageBand",
            "nationality",
            "displacement",
            "languages",
            "region",
            "vulnerabilities",
            "birthDate",
            "phones",
            "emails",
            "addresses",
            "documents",
            "safePhone",
            "safeTimes",
            "mayLeaveMessage",
            "codeWord",
            "notes");

    private final MultiValueMap<String, String> values;

    private PersonForm(MultiValueMap<String, String> values) {
        this.values = values;
    }

    static PersonForm of(MultiValueMap<String, String> params) {
        return new PersonForm(new LinkedMultiValueMap<>(params));
    }

    static PersonForm empty() {
        return new PersonForm(new LinkedMultiValueMap<>());
    }

    /** The form filled with what is stored. */
    static PersonForm of(PersonDetails person) {
        MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
        PersonProfile p = person.summary().profile();
        v.add("version", Integer.toString(person.summary().version()));
        v.add("kind", p.kind().name());
        put(v, "sex", p.sex());
        put(v, "ageBand", p.ageBand());
        v.add("birthYear", p.birthYear() == null ? "" : p.birthYear().toString());
        v.add("nationality", p.nationality() == null ? "" : p.nationality());
        put(v, "displacement", p.displacement());
        v.add("languages", String.join(", ", p.languages()));
        v.add("region", p.region() == null ? "" : p.region().code());
        p.vulnerabilities().forEach(x -> v.add("vulnerabilities", x.name()));
        Identity i = person.identity();
        v.add("legalName", i.legalName() == null ? "" : i.legalName());
        v.add("aliases", String.join("\n", i.aliases()));
        v.add("birthDate", i.birthDate() == null ? "" : i.birthDate());
        v.add("phones", String.join("\n", i.phones()));
        v.add("emails", String.join("\n", i.emails()));
        v.add("addresses", String.join("\n", i.addresses()));
        i.documents().forEach(d -> {
            v.add("docType", d.type().name());
            v.add("docNumber", d.number());
        });
        SafeContact c = person.safeContact();
        v.add("safePhone", c.safePhone() == null ? "" : c.safePhone());
        v.add("safeTimes", c.safeTimes() == null ? "" : c.safeTimes());
        v.add("mayLeaveMessage", c.mayLeaveMessage() == null ? "" : c.mayLeaveMessage() ? "yes" : "no");
        v.add("codeWord", c.codeWord() == null ? "" : c.codeWord());
        v.add("notes", c.notes() == null ? "" : c.notes());
        return new PersonForm(v);
    }

    /** The value typed into a field, or empty. */
    public String get(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    /** Whether a box or option with this value is chosen (vulnerabilities, and single choices). */
    public boolean has(String field, String value) {
        List<String> chosen = values.get(field);
        return chosen != null && chosen.contains(value);
    }

    /** The document rows, with one empty row to add another. */
    public List<DocumentRow> documents() {
        List<String> types = values.getOrDefault("docType", List.of());
        List<String> numbers = values.getOrDefault("docNumber", List.of());
        List<DocumentRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(types.size(), numbers.size()); i++) {
            String type = i < types.size() ? types.get(i) : "";
            String number = i < numbers.size() ? numbers.get(i) : "";
            if (!number.isBlank()) rows.add(new DocumentRow(rows.size(), type, number));
        }
        rows.add(new DocumentRow(rows.size(), "", ""));
        return rows;
    }

    boolean duplicatesSeen() {
        return "true".equals(get("duplicatesSeen"));
    }

    /** A document row of the form. */
    record DocumentRow(int index, String type, String number) {

        @Override
        public String toString() {
            return "DocumentRow[" + index + "]";
        }
    }

    NewPerson newPerson() {
        Errors errors = new Errors();
        PersonProfile profile = errors.collect(this::profile);
        Identity identity = errors.collect(this::identity);
        SafeContact contact = errors.collect(this::safeContact);
        errors.throwIfAny();
        return new NewPerson(
                Objects.requireNonNull(profile), Objects.requireNonNull(identity), Objects.requireNonNull(contact));
    }

    PersonProfile profile() {
        Errors errors = new Errors();
        PersonKind kind = errors.collect(() -> Inputs.required(PersonKind.class, get("kind"), "kind"));
        Sex sex = errors.collect(() -> Inputs.optional(Sex.class, get("sex"), "sex"));
        AgeBand band = errors.collect(() -> Inputs.optional(AgeBand.class, get("ageBand"), "ageBand"));
        Integer year = errors.collect(this::birthYear);
        DisplacementStatus displacement =
                errors.collect(() -> Inputs.optional(DisplacementStatus.class, get("displacement"), "displacement"));
        var region = errors.collect(() -> Inputs.region(get("region"), "region"));
        var vulnerabilities =
                errors.collect(() -> Inputs.set(Vulnerability.class, values.get("vulnerabilities"), "vulnerabilities"));
        errors.throwIfAny();
        return new PersonProfile(
                Objects.requireNonNull(kind),
                sex,
                band,
                year,
                Inputs.country(get("nationality")),
                displacement,
                Inputs.languages(List.of(get("languages"))),
                region,
                Objects.requireNonNull(vulnerabilities));
    }

    Identity identity() {
        List<String> types = values.getOrDefault("docType", List.of());
        List<String> numbers = values.getOrDefault("docNumber", List.of());
        List<IdentityDocument> documents = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).isBlank()) continue;
            String type = i < types.size() ? types.get(i) : "";
            documents.add(new IdentityDocument(
                    Inputs.required(IdentityDocument.Type.class, type, "documents"), numbers.get(i)));
        }
        return new Identity(
                blankToNull(get("legalName")),
                Inputs.lines(get("aliases")),
                blankToNull(get("birthDate")),
                Inputs.lines(get("phones")),
                Inputs.lines(get("emails")),
                Inputs.lines(get("addresses")),
                documents);
    }

    SafeContact safeContact() {
        String leave = get("mayLeaveMessage");
        Boolean mayLeave = leave.equals("yes") ? Boolean.TRUE : leave.equals("no") ? Boolean.FALSE : null;
        return new SafeContact(
                blankToNull(get("safePhone")),
                blankToNull(get("safeTimes")),
                mayLeave,
                blankToNull(get("codeWord")),
                blankToNull(get("notes")));
    }

    private @Nullable Integer birthYear() {
        String text = get("birthYear").strip();
        if (text.isEmpty()) return null;
        if (!text.matches("\\d{4}"))
            throw new InvalidRequestException("A year has four digits", Map.of("birthYear", "a year"));
        return Integer.valueOf(text);
    }

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }

    private static void put(MultiValueMap<String, String> v, String field, @Nullable Enum<?> value) {
        v.add(field, value == null ? "" : value.name());
    }

    /** Field errors as message keys ({@code people.error.<field>}) in the forms' order. */
    static Map<String, String> messages(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FIELDS) if (e.fieldErrors().containsKey(field)) errors.put(field, "people.error." + field);
        for (String field : e.fieldErrors().keySet()) errors.putIfAbsent(field, "people.error.form");
        if (errors.isEmpty()) errors.put("form", "people.error.form");
        return errors;
    }

    @Override
    public String toString() {
        return "PersonForm[hidden]";
    }

    /** Refusals of several parts gathered into one. */
    static final class Errors {
        private final Map<String, String> fields = new LinkedHashMap<>();

        <T> @Nullable T collect(Supplier<T> part) {
            try {
                return part.get();
            } catch (InvalidRequestException e) {
                fields.putAll(e.fieldErrors());
                if (e.fieldErrors().isEmpty()) fields.put("form", "invalid");
                return null;
            }
        }

        void throwIfAny() {
            if (!fields.isEmpty()) throw new InvalidRequestException("Some values are not allowed", fields);
        }
    }
}
