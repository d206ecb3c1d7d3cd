package org.tirek.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;

/** A consent by its structure only (nothing sensitive), for forms that offer consents to choose from. */
public record ConsentSummary(
        ConsentId id,
        ConsentPurpose purpose,
        @Nullable OrganisationId recipient,
        @Nullable String recipientName,
        LocalDate givenOn,
        @Nullable LocalDate expiresOn) {}
