package org.tirek.intake.internal;

import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tirek.vault.CaseErased;

/**
 * When a case is erased, the anonymous reports taken into it are deleted with their messages and
 * files: they are sealed to the organisation's intake key, not the case's, so shredding the case's
 * key alone would leave them readable. This holds whether or not the erasure keeps structural data
 * (a report is nothing but content). Runs in the approval's transaction; each deletion is recorded,
 * by the approver.
 */
@Component
class ErasedCaseReports {

    private final Reports reports;
    private final IntakeAudit audit;

    ErasedCaseReports(Reports reports, IntakeAudit audit) {
        this.reports = reports;
        this.audit = audit;
    }

    @EventListener
    void on(CaseErased erased) {
        for (UUID id : reports.deleteOfCase(erased.caseId())) {
            audit.erased(erased.approvedBy(), erased.approvedByName(), id, erased.caseId());
        }
    }
}
