package org.tirek.people.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.people.Identity;
import org.tirek.people.IdentityDocument;
import org.tirek.people.SafeContact;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's identity and safe-contact rules as stored: each a JSON document sealed as a whole under
 * the person's own key ({@code person:<id>}), bound to its table, column and row. The JSON shape is
 * this class's own (version 1), independent of the API records, so that the API can change without
 * rewriting what is stored.
 *
 * <p>Hazard: a parser's message may quote what it read. A document that does not parse is reported
 * without its cause, so that no decrypted text reaches a log.
 */
@Component
class SealedPerson {

    static final String TABLE = "person_identity";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FieldEncryption fields;

    SealedPerson(FieldEncryption fields) {
        this.fields = fields;
    }

    static KeyScope scope(UUID personId) {
        return KeyScope.named("person", personId.toString());
    }

    byte[] seal(UUID personId, Identity identity) {
        StoredIdentity stored = new StoredIdentity(
                1,
                identity.legalName(),
                identity.aliases(),
                identity.birthDate(),
                identity.phones(),
                identity.emails(),
                identity.addresses(),
                identity.documents().stream()
                        .map(d -> new StoredDocument(d.type().name(), d.number()))
                        .toList());
        return seal(personId, "identity", JSON.writeValueAsString(stored));
    }

    byte[] seal(UUID personId, SafeContact contact) {
        StoredSafeContact stored = new StoredSafeContact(
                1,
                contact.safePhone(),
                contact.safeTimes(),
                contact.mayLeaveMessage(),
                contact.codeWord(),
                contact.notes());
        return seal(personId, "safe_contact", JSON.writeValueAsString(stored));
    }

    Identity openIdentity(UUID personId, byte[] sealed) {
        StoredIdentity s = parse(open(personId, "identity", sealed), StoredIdentity.class);
        return new Identity(
                s.legalName(),
                list(s.aliases()),
                s.birthDate(),
                list(s.phones()),
                list(s.emails()),
                list(s.addresses()),
                list(s.documents()).stream()
                        .map(d -> new IdentityDocument(IdentityDocument.Type.valueOf(d.type()), d.number()))
                        .toList());
    }

    SafeContact openSafeContact(UUID personId, byte[] sealed) {
        StoredSafeContact s = parse(open(personId, "safe_contact", sealed), StoredSafeContact.class);
        return new SafeContact(s.safePhone(), s.safeTimes(), s.mayLeaveMessage(), s.codeWord(), s.notes());
    }

    private byte[] seal(UUID personId, String column, String json) {
        return fields.seal(scope(personId), FieldRef.of(TABLE, column, personId), json)
                .stored();
    }

    private String open(UUID personId, String column, byte[] sealed) {
        return fields.open(scope(personId), FieldRef.of(TABLE, column, personId), SealedText.fromStored(sealed));
    }

    private static <T> T parse(String json, Class<T> type) {
        try {
            return JSON.readValue(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("A sealed " + type.getSimpleName() + " is not in the expected shape");
        }
    }

    private static <T> List<T> list(@Nullable List<T> values) {
        return values == null ? List.of() : values;
    }

    record StoredIdentity(
            int v,
            @Nullable String legalName,
            @Nullable List<String> aliases,
            @Nullable String birthDate,
            @Nullable List<String> phones,
            @Nullable List<String> emails,
            @Nullable List<String> addresses,
            @Nullable List<StoredDocument> documents) {}

    record StoredDocument(String type, String number) {}

    record StoredSafeContact(
            int v,
            @Nullable String safePhone,
            @Nullable String safeTimes,
            @Nullable Boolean mayLeaveMessage,
            @Nullable String codeWord,
            @Nullable String notes) {}
}
