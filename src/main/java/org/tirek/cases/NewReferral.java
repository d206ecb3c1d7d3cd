package org.tirek.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;

/**
 * A referral to record.
 *
 * @param consent the consent it is made under: a {@link ConsentPurpose#REFERRAL} consent of the same
 *     case naming {@code provider}, in force; {@code null} to use the one in force (there must be one)
 * @param status {@link ReferralStatus#PLANNED} or {@link ReferralStatus#MADE}
 * @param on the day it was planned or made; not in the future
 * @param followUpOn when to check on it, or {@code null}
 */
public record NewReferral(
        ServiceType serviceType,
        OrganisationId provider,
        @Nullable ConsentId consent,
        ReferralStatus status,
        LocalDate on,
        @Nullable LocalDate followUpOn) {}
