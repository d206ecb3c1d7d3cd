package org.tirek.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A recorded entry as the auditor sees it: what was handed in, plus the time, request id, and its
 * position in the chain ({@code null} for the second or so before the sealer reaches it).
 */
public record AuditRecord(
        long id,
        @Nullable Long position,
        Instant at,
        Actor.Kind actorKind,
        String actorName,
        String action,
        AuditKind kind,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID caseId,
        @Nullable String requestId,
        Outcome outcome) {}
