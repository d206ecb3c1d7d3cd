package org.tirek.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * A case's structural data: what coordinators see of every case and what lists show. Holds nothing
 * sensitive: the codename is chosen not to identify anyone.
 */
public record CaseSummary(
        CaseId id,
        String reference,
        String codename,
        CaseType type,
        CaseStatus status,
        Priority priority,
        @Nullable Region region,
        Instant openedAt,
        Instant statusChangedAt,
        boolean synthetic,
        int version) {}
