package org.tirek.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.tirek.cases.CaseId;

/**
 * Records generated incidents in bulk (the demo generator), on synthetic cases it has just opened.
 * Each batch is one transaction and one entry in the audit trail, not one per incident. Generated
 * incidents carry no narrative, so nothing is sealed.
 */
public interface SyntheticIncidents {

    /** The largest batch {@link #recordAll} takes. */
    int MAX_BATCH = 2000;

    /** One generated incident, and the team member it is recorded as written by. */
    record SyntheticIncident(
            CaseId caseId, IncidentInput input, UUID recordedById, String recordedByName, Instant at) {}

    /**
     * Records the incidents of {@code batch} in one transaction.
     *
     * @throws org.tirek.platform.InvalidRequestException when the batch is too large, an incident
     *     breaks a rule of {@link Incidents#record} or has a narrative
     */
    void recordAll(List<SyntheticIncident> batch);
}
