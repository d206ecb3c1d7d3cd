package org.tirek.cases.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.ReferralId;
import org.tirek.cases.ReferralStep;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.people.Organisations;

/**
 * Referrals on a case's timeline: every status each reached ({@code referral_<STATUS>}), when it was
 * recorded, with the provider's name; never the outcome. The case module has checked access and
 * records the read.
 */
@Component
class ReferralTimeline implements TimelineSource {

    private final CaseReferrals referrals;
    private final Organisations organisations;

    ReferralTimeline(CaseReferrals referrals, Organisations organisations) {
        this.referrals = referrals;
        this.organisations = organisations;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        OrganisationNames names = new OrganisationNames(organisations);
        Map<ReferralId, List<ReferralStep>> histories = referrals.historiesOfCase(caseId);
        return referrals.ofCase(caseId).stream()
                .flatMap(r -> histories.getOrDefault(r.id(), List.of()).stream()
                        .map(step -> new TimelineEntry(
                                step.recordedAt(),
                                "referral_" + step.status().name(),
                                names.of(r.provider()),
                                step.recordedBy(),
                                "/cases/" + caseId + "/referrals#referral-" + r.id())))
                .toList();
    }
}
