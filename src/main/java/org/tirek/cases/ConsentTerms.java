package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;

/**
 * The part of a consent that decides what it permits, and the rule itself. A consent is in force
 * from the start of its given-on day to the end of its expiry day in the organisation's time zone,
 * and until the instant it was revoked. It permits its purpose for exactly its recipient: a consent
 * to share with one organisation says nothing about another, and a consent without a recipient
 * permits only checks without one.
 *
 * @param expiresOn the last day it is in force, or {@code null} until revoked
 * @param revokedAt when the revocation was recorded, or {@code null}
 */
public record ConsentTerms(
        ConsentPurpose purpose,
        @Nullable OrganisationId recipient,
        LocalDate givenOn,
        @Nullable LocalDate expiresOn,
        @Nullable Instant revokedAt) {

    /** Where the consent stands at {@code at}, whose calendar day is taken in {@code zone}. */
    public ConsentState stateAt(Instant at, ZoneId zone) {
        if (revokedAt != null && !at.isBefore(revokedAt)) return ConsentState.REVOKED;
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (day.isBefore(givenOn)) return ConsentState.NOT_YET_VALID;
        if (expiresOn != null && day.isAfter(expiresOn)) return ConsentState.EXPIRED;
        return ConsentState.ACTIVE;
    }

    /** Whether the consent permits {@code purpose} for {@code recipient} at {@code at}. */
    public boolean permits(ConsentPurpose purpose, @Nullable OrganisationId recipient, Instant at, ZoneId zone) {
        return this.purpose == purpose
                && Objects.equals(this.recipient, recipient)
                && stateAt(at, zone) == ConsentState.ACTIVE;
    }
}
