package org.tirek.cases;

import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * What opening a case needs: its type and a non-identifying codename; the sensitive summary, the
 * priority (default NORMAL) and the region are optional.
 */
public record NewCase(
        CaseType type,
        String codename,
        @Nullable String summary,
        @Nullable Priority priority,
        @Nullable Region region) {}
