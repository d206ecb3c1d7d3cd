package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tirek.people.OrganisationId;

/**
 * A referral of a case to a provider organisation. {@code outcome} is sensitive (team members only);
 * the rest is structural.
 *
 * @param statusOn the day the current status was reached
 * @param followUpOverdue still open and its follow-up day has passed (organisation's calendar)
 * @param history every status it reached, oldest first
 * @param version changes must name it (optimistic locking)
 */
public record Referral(
        ReferralId id,
        CaseId caseId,
        ServiceType serviceType,
        OrganisationId provider,
        String providerName,
        ConsentId consent,
        ReferralStatus status,
        LocalDate statusOn,
        @Nullable LocalDate followUpOn,
        boolean followUpOverdue,
        @Nullable String outcome,
        List<ReferralStep> history,
        String createdBy,
        Instant createdAt,
        int version) {

    public Referral {
        history = List.copyOf(history);
    }

    @Override
    public String toString() {
        return "Referral[" + id + ", " + serviceType + ", " + status + "]";
    }
}
