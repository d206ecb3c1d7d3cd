package org.tirek.cases.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.people.OrganisationId;
import org.tirek.people.Organisations;

/**
 * Consents on a case's timeline: when each was recorded and when it was revoked, by purpose
 * ({@code consent_<PURPOSE>}, {@code consent_revoked_<PURPOSE>}) with the recipient's name; never the
 * conditions or the reason. The case module has checked access and records the read.
 */
@Component
class ConsentTimeline implements TimelineSource {

    private final CaseConsents consents;
    private final Organisations organisations;

    ConsentTimeline(CaseConsents consents, Organisations organisations) {
        this.consents = consents;
        this.organisations = organisations;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        OrganisationNames names = new OrganisationNames(organisations);
        String link = "/cases/" + caseId + "/consent";
        List<TimelineEntry> entries = new ArrayList<>();
        for (CaseConsents.ConsentRow c : consents.ofCase(caseId)) {
            OrganisationId recipient = c.recipient();
            String text = recipient == null ? "" : names.of(recipient);
            String purpose = c.purpose().name();
            entries.add(new TimelineEntry(
                    c.recordedAt(), "consent_" + purpose, text, c.recordedByName(), link + "#consent-" + c.id()));
            Instant revoked = c.revokedAt();
            if (revoked != null) {
                entries.add(new TimelineEntry(
                        revoked, "consent_revoked_" + purpose, text, c.revokedByName(), link + "#consent-" + c.id()));
            }
        }
        return entries;
    }
}
