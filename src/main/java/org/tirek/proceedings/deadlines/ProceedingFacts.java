package org.tirek.proceedings.deadlines;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/** What the deadlines of a proceeding depend on (structural data only). */
record ProceedingFacts(
        ProceedingId id,
        CaseId caseId,
        ProceedingType type,
        String jurisdiction,
        @Nullable String requestingState,
        boolean terminal,
        @Nullable UUID leadId,
        @Nullable String leadName,
        @Nullable UUID backupId,
        @Nullable String backupName) {

    /** A recorded event, without its (sealed) note. */
    record Event(
            UUID id,
            int seq,
            String type,
            OccurredAt occurredAt,
            Map<String, String> attributes,
            @Nullable UUID voids) {}
}
