package org.tirek.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.platform.Region;

/**
 * A recorded incident. Lists carry the structure only ({@code narrative} null, {@code hasNarrative}
 * telling whether there is one); a single incident read by its team carries the narrative too.
 *
 * @param reportingDelay derived from {@code occurredOn} and {@code reportedOn}
 * @param version the version to send back with a change (optimistic locking)
 */
public record Incident(
        IncidentId id,
        CaseId caseId,
        CoreType type,
        LocalDate reportedOn,
        @Nullable PartialDate occurredOn,
        TimeOfDay timeOfDay,
        @Nullable Region region,
        @Nullable AreaCategory area,
        Set<CaseContext> contexts,
        List<Perpetrator> perpetrators,
        Answer priorIncidents,
        boolean reportedBySurvivor,
        ReportingDelay reportingDelay,
        boolean hasNarrative,
        @Nullable String narrative,
        String recordedBy,
        Instant recordedAt,
        Instant changedAt,
        int version) {

    public Incident {
        contexts = contexts.isEmpty()
                ? Set.of()
                : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(contexts));
        perpetrators = List.copyOf(perpetrators);
    }
}
