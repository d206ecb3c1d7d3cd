package org.tirek.people;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who a person is and how to find them: sensitive, sealed under the person's key, shown only to
 * those who may work on one of the person's cases. Every part is optional. {@code toString()} shows
 * no content, so an identity cannot end up in a log by accident.
 *
 * @param legalName the name as on documents, or as known
 * @param birthDate {@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known
 */
public record Identity(
        @Nullable String legalName,
        List<String> aliases,
        @Nullable String birthDate,
        List<String> phones,
        List<String> emails,
        List<String> addresses,
        List<IdentityDocument> documents) {

    /** An identity with nothing in it. */
    public static final Identity EMPTY =
            new Identity(null, List.of(), null, List.of(), List.of(), List.of(), List.of());

    public Identity {
        aliases = List.copyOf(aliases);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        addresses = List.copyOf(addresses);
        documents = List.copyOf(documents);
    }

    /** An identity with only a name. */
    public static Identity named(String legalName) {
        return new Identity(legalName, List.of(), null, List.of(), List.of(), List.of(), List.of());
    }

    @Override
    public String toString() {
        return "Identity[hidden]";
    }
}
