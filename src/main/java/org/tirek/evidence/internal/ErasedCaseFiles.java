package org.tirek.evidence.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.evidence.CustodyEntry;
import org.tirek.vault.CaseErased;

/**
 * When a case is erased its files' key is gone, so their ciphertext is useless: the blobs are
 * removed, and every file of the case (also one whose content was deleted before) loses its SHA-256,
 * which would otherwise let anyone holding a copy prove that the organisation had it. Media type and
 * size stay only when the erasure keeps structural data. Each file's chain of custody ends with an
 * {@code ERASED} entry by the approver, without a reason; the chains stay as the record.
 *
 * <p>Runs in the approval's transaction: the keys, the records and the custody entries change
 * together.
 */
@Component
class ErasedCaseFiles {

    private final EvidenceFiles files;
    private final BlobStore store;
    private final AuditTrail audit;
    private final Clock clock;

    ErasedCaseFiles(EvidenceFiles files, BlobStore store, AuditTrail audit, Clock clock) {
        this.files = files;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CaseErased erased) {
        Instant now = clock.instant();
        UUID caseId = erased.caseId();
        Actor approver = Actor.user(erased.approvedBy(), erased.approvedByName());
        List<UUID> ids = files.markErased(caseId, erased.keepStructural(), now);
        for (UUID id : ids) {
            files.append(
                    UUID.randomUUID(),
                    id,
                    CustodyEntry.Action.ERASED,
                    erased.approvedBy(),
                    erased.approvedByName(),
                    now,
                    null);
            audit.record(AuditEntry.of(approver, EvidenceActions.ERASED)
                    .about("evidence_file", id)
                    .inCase(caseId));
        }
        audit.record(AuditEntry.of(approver, EvidenceActions.ERASED)
                .about("case", caseId)
                .inCase(caseId));
        for (UUID id : ids) {
            store.delete(id.toString());
            store.delete(id + "-sharing");
        }
    }
}
