package org.tirek.proceedings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A custody or restriction measure, derived from MEASURE_IMPOSED and MEASURE_LIFTED events.
 *
 * @param type DETENTION, HOUSE_ARREST, PASSPORT_SEIZED, TRAVEL_BAN, REPORTING_DUTY, BAIL,
 *     RESIDENCE_RESTRICTION, ELECTRONIC_MONITORING, PROTECTIVE_ORDER_CONDITION or OTHER
 */
public record Measure(
        UUID imposedBy,
        String type,
        OccurredAt since,
        @Nullable String reviewOn,
        @Nullable String forum,
        @Nullable OccurredAt liftedAt) {

    public boolean inForce() {
        return liftedAt == null;
    }
}
