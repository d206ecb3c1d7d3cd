package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;
import org.tirek.people.PersonId;

/**
 * A consent as recorded. {@code conditions} and {@code revocationReason} are sensitive (team members
 * only); the rest is structural. A consent is never edited: a changed agreement is a new record, and
 * the old one is revoked.
 *
 * @param recipientName the recipient organisation's name, when there is a recipient
 * @param givenByCode the client code of the party who gave it, when recorded
 * @param state where it stands at the moment it was read
 * @param uses what was shared under it, oldest first
 */
public record Consent(
        ConsentId id,
        CaseId caseId,
        ConsentPurpose purpose,
        @Nullable OrganisationId recipient,
        @Nullable String recipientName,
        @Nullable PersonId givenBy,
        @Nullable String givenByCode,
        ConsentMethod method,
        LocalDate givenOn,
        @Nullable LocalDate expiresOn,
        @Nullable String language,
        String explainedBy,
        @Nullable String conditions,
        String recordedBy,
        Instant recordedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        @Nullable String revocationReason,
        ConsentState state,
        List<ConsentUse> uses) {

    public Consent {
        uses = List.copyOf(uses);
    }

    /** What decides what the consent permits. */
    public ConsentTerms terms() {
        return new ConsentTerms(purpose, recipient, givenOn, expiresOn, revokedAt);
    }

    @Override
    public String toString() {
        return "Consent[" + id + ", " + purpose + ", " + state + "]";
    }
}
