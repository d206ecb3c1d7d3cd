package org.tirek.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A task of a case. {@code title} is sensitive (team members only); {@code overdue} is computed
 * against the organisation's calendar day.
 *
 * @param origin {@code MANUAL}, or the module and rule that created it (e.g. {@code consent.revoked})
 */
public record CaseTask(
        UUID id,
        CaseId caseId,
        String caseReference,
        String title,
        @Nullable UUID assigneeId,
        @Nullable String assignee,
        @Nullable LocalDate dueOn,
        TaskStatus status,
        String origin,
        String createdBy,
        Instant createdAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        boolean overdue,
        int version) {}
