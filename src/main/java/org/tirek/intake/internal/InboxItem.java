package org.tirek.intake.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of the triage inbox: structure only (no content), readable while the vault is sealed.
 *
 * @param state {@code NEW}, {@code SPAM}, {@code CONVERTED} or {@code ATTACHED}
 * @param assignedTo the username of the staff member it is assigned to
 * @param caseId the case it became part of
 */
public record InboxItem(
        UUID id,
        Instant receivedAt,
        String state,
        @Nullable String assignedTo,
        @Nullable UUID caseId,
        Instant lastReporterAt,
        @Nullable Instant lastStaffAt,
        boolean deletionRequested) {

    static InboxItem of(Reports.ReportRow r) {
        return new InboxItem(
                r.id(),
                r.receivedAt(),
                r.state().name(),
                r.assignedName(),
                r.caseId(),
                r.lastReporterAt(),
                r.lastStaffAt(),
                r.deletionRequestedAt() != null);
    }
}
