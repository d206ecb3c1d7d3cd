package org.tirek.people.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tirek.people.AgeBand;
import org.tirek.people.DisplacementStatus;
import org.tirek.people.Identity;
import org.tirek.people.IdentityDocument;
import org.tirek.people.NewPerson;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.people.SafeContact;
import org.tirek.people.Sex;
import org.tirek.people.Vulnerability;

/**
 * The JSON bodies of the people and parties API, and how they become domain values. Enumerations
 * arrive as text, so that an unknown value is refused with 422 naming the field and the allowed
 * values, rather than with a parser's 400.
 */
final class PersonRequests {

    private PersonRequests() {}

    /** A new person: structural fields and identity at the top level, safe contact nested. */
    record PersonBody(
            @Nullable String kind,
            @Nullable String sex,
            @Nullable String ageBand,
            @Nullable Integer birthYear,
            @Nullable String nationality,
            @Nullable String displacement,
            @Nullable List<String> languages,
            @Nullable String region,
            @Nullable List<String> vulnerabilities,
            @Nullable String legalName,
            @Nullable List<String> aliases,
            @Nullable String birthDate,
            @Nullable List<String> phones,
            @Nullable List<String> emails,
            @Nullable List<String> addresses,
            @Nullable List<DocumentBody> documents,
            @Nullable SafeContactBody safeContact,
            @Nullable Boolean duplicatesSeen) {

        NewPerson person() {
            // parse every part first, so that a wrong enumeration anywhere is refused before anything is saved
            PersonProfile profile = profile(
                    kind, sex, ageBand, birthYear, nationality, displacement, languages, region, vulnerabilities);
            Identity identity = identity(legalName, aliases, birthDate, phones, emails, addresses, documents);
            SafeContact contact = safeContact == null ? SafeContact.NONE : safeContact.value();
            return new NewPerson(profile, identity, contact);
        }

        boolean seen() {
            return Boolean.TRUE.equals(duplicatesSeen);
        }

        @Override
        public String toString() {
            return "PersonBody[hidden]";
        }
    }

    record ProfileBody(
            @Nullable Integer version,
            @Nullable String kind,
            @Nullable String sex,
            @Nullable String ageBand,
            @Nullable Integer birthYear,
            @Nullable String nationality,
            @Nullable String displacement,
            @Nullable List<String> languages,
            @Nullable String region,
            @Nullable List<String> vulnerabilities) {

        PersonProfile value() {
            return profile(
                    kind, sex, ageBand, birthYear, nationality, displacement, languages, region, vulnerabilities);
        }
    }

    record IdentityBody(
            @Nullable Integer version,
            @Nullable String legalName,
            @Nullable List<String> aliases,
            @Nullable String birthDate,
            @Nullable List<String> phones,
            @Nullable List<String> emails,
            @Nullable List<String> addresses,
            @Nullable List<DocumentBody> documents) {

        Identity value() {
            return identity(legalName, aliases, birthDate, phones, emails, addresses, documents);
        }

        @Override
        public String toString() {
            return "IdentityBody[hidden]";
        }
    }

    record DocumentBody(@Nullable String type, @Nullable String number) {

        @Override
        public String toString() {
            return "DocumentBody[hidden]";
        }
    }

    record SafeContactBody(
            @Nullable Integer version,
            @Nullable String safePhone,
            @Nullable String safeTimes,
            @Nullable Boolean mayLeaveMessage,
            @Nullable String codeWord,
            @Nullable String notes) {

        SafeContact value() {
            return new SafeContact(safePhone, safeTimes, mayLeaveMessage, codeWord, notes);
        }

        @Override
        public String toString() {
            return "SafeContactBody[hidden]";
        }
    }

    static PersonProfile profile(
            @Nullable String kind,
            @Nullable String sex,
            @Nullable String ageBand,
            @Nullable Integer birthYear,
            @Nullable String nationality,
            @Nullable String displacement,
            @Nullable List<String> languages,
            @Nullable String region,
            @Nullable List<String> vulnerabilities) {
        return new PersonProfile(
                Inputs.required(PersonKind.class, kind, "kind"),
                Inputs.optional(Sex.class, sex, "sex"),
                Inputs.optional(AgeBand.class, ageBand, "ageBand"),
                birthYear,
                Inputs.country(nationality),
                Inputs.optional(DisplacementStatus.class, displacement, "displacement"),
                Inputs.languages(languages),
                Inputs.region(region, "region"),
                Inputs.set(Vulnerability.class, vulnerabilities, "vulnerabilities"));
    }

    static Identity identity(
            @Nullable String legalName,
            @Nullable List<String> aliases,
            @Nullable String birthDate,
            @Nullable List<String> phones,
            @Nullable List<String> emails,
            @Nullable List<String> addresses,
            @Nullable List<DocumentBody> documents) {
        List<IdentityDocument> docs = Inputs.list(documents).stream()
                .map(d -> new IdentityDocument(
                        Inputs.required(IdentityDocument.Type.class, d.type(), "documents"),
                        d.number() == null ? "" : d.number()))
                .toList();
        return new Identity(
                legalName,
                Inputs.list(aliases),
                birthDate,
                Inputs.list(phones),
                Inputs.list(emails),
                Inputs.list(addresses),
                docs);
    }
}
