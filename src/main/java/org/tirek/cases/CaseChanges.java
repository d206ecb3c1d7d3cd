package org.tirek.cases;

import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * Changes to a case's fields; {@code null} leaves a field as it is. {@code version} must be the
 * version the change was based on (optimistic locking: a stale version is refused, nothing lost).
 */
public record CaseChanges(
        int version,
        @Nullable String codename,
        @Nullable String summary,
        @Nullable Priority priority,
        @Nullable Region region,
        boolean clearRegion) {}
