package org.tirek.cases;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A move in the status workflow, with its (sealed) reason. */
public record StatusChange(
        @Nullable CaseStatus from, CaseStatus to, @Nullable String reason, String changedBy, Instant changedAt) {}
