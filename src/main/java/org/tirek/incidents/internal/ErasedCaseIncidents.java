package org.tirek.incidents.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.vault.CaseErased;

/**
 * When a case is erased its key is gone, so the narratives' ciphertext is useless and is dropped.
 * The incidents' structure stays for statistics when the erasure keeps structural data; otherwise
 * the incidents are deleted with their contexts and perpetrators. Runs in the approval's
 * transaction; each incident's erasure is recorded, by the approver.
 */
@Component
class ErasedCaseIncidents {

    private final RecordedIncidents incidents;
    private final AuditTrail audit;
    private final Clock clock;

    ErasedCaseIncidents(RecordedIncidents incidents, AuditTrail audit, Clock clock) {
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CaseErased erased) {
        CaseId caseId = CaseId.of(erased.caseId());
        List<UUID> ids = erased.keepStructural()
                ? incidents.dropNarratives(caseId, clock.instant())
                : incidents.deleteOfCase(caseId);
        Actor approver = Actor.user(erased.approvedBy(), erased.approvedByName());
        for (UUID id : ids) {
            audit.record(AuditEntry.of(approver, IncidentActions.ERASED)
                    .about("incident", id)
                    .inCase(erased.caseId()));
        }
    }
}
