package org.tirek.proceedings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A charge in a prosecution: the article, its category, the maximum penalty in months (or life or
 * death), and a sealed description.
 */
public record Charge(
        UUID id,
        String article,
        ChargeCategory category,
        @Nullable Integer maxPenaltyMonths,
        boolean lifeOrDeath,
        @Nullable String description) {}
