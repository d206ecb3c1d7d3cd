package org.tirek.incidents.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.incidents.Incident;

/**
 * Recorded incidents on a case's timeline, at the time they were recorded: the core type only (as
 * its code, and its message key for pages), never the narrative. The case module has checked
 * access and records the read.
 */
@Component
class IncidentTimeline implements TimelineSource {

    private final RecordedIncidents incidents;

    IncidentTimeline(RecordedIncidents incidents) {
        this.incidents = incidents;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        return incidents.ofCase(caseId).stream()
                .map(IncidentRow::incident)
                .map(IncidentTimeline::entry)
                .toList();
    }

    private static TimelineEntry entry(Incident i) {
        return new TimelineEntry(
                i.recordedAt(),
                "incident",
                i.type().name(),
                i.recordedBy(),
                "/incidents/" + i.id(),
                i.type().messageKey());
    }
}
