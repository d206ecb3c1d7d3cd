package org.tirek.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which entries an auditor wants: every criterion is optional, and given ones must all match.
 *
 * @param actor a username, exactly
 * @param action an action name, exactly, or its module followed by a dot (e.g. {@code evidence.})
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable UUID caseId,
        @Nullable String action,
        @Nullable Outcome outcome,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    public static AuditFilter ofCase(UUID caseId) {
        return new AuditFilter(null, caseId, null, null, null, null);
    }
}
