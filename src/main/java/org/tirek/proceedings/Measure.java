package org.tirek.proceedings;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A custody or restriction measure, derived from MEASURE_IMPOSED and MEASURE_LIFTED events.
 *
 * @param type one of {@link #TYPES}
 */
public record Measure(
        UUID imposedBy,
        String type,
        OccurredAt since,
        @Nullable String reviewOn,
        @Nullable String forum,
        @Nullable OccurredAt liftedAt) {

    /**
     * The types of measure (DOMAIN.md §3.6, an open list: OTHER for the rest), in the order forms and
     * messages show them.
     */
    public static final List<String> TYPES = List.of(
            "DETENTION",
            "HOUSE_ARREST",
            "PASSPORT_SEIZED",
            "TRAVEL_BAN",
            "REPORTING_DUTY",
            "BAIL",
            "RESIDENCE_RESTRICTION",
            "ELECTRONIC_MONITORING",
            "PROTECTIVE_ORDER_CONDITION",
            "OTHER");

    public boolean inForce() {
        return liftedAt == null;
    }
}
