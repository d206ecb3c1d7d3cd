package org.tirek.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;
import org.tirek.people.PersonId;

/**
 * A consent to record, as the survivor (or whoever may consent for them) gave it.
 *
 * @param recipient the organisation it names: required for {@link ConsentPurpose#REFERRAL} and
 *     {@link ConsentPurpose#SHARING}, optional for {@link ConsentPurpose#LEGAL_ACTION}, refused otherwise
 * @param givenBy the party of the case who gave it, or {@code null} when not recorded
 * @param givenOn the day it was given; not in the future
 * @param expiresOn the last day it is in force, or {@code null} until revoked; not before {@code givenOn}
 * @param language the language it was explained in, an ISO 639 code such as {@code kk}, or {@code null}
 * @param explainedBy the username of the team member who explained it, or {@code null} for the recorder
 * @param conditions what exactly was agreed, limits included (sensitive, sealed), or {@code null}
 */
public record NewConsent(
        ConsentPurpose purpose,
        @Nullable OrganisationId recipient,
        @Nullable PersonId givenBy,
        ConsentMethod method,
        LocalDate givenOn,
        @Nullable LocalDate expiresOn,
        @Nullable String language,
        @Nullable String explainedBy,
        @Nullable String conditions) {}
