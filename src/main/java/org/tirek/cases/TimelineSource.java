package org.tirek.cases;

import java.util.List;

/**
 * A module's contribution to case timelines (incidents, evidence, proceedings…). Called only after
 * the case module has checked that the viewer is on the team, inside the one recorded read of the
 * timeline: an implementation must not record reads of its own.
 */
public interface TimelineSource {

    List<TimelineEntry> entries(CaseId caseId);
}
