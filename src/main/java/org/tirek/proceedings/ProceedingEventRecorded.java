package org.tirek.proceedings;

import java.util.UUID;
import org.tirek.cases.CaseId;

/**
 * An event was recorded in a proceeding (published in the recording transaction, so that deadlines
 * and alerts are recomputed in it).
 */
public record ProceedingEventRecorded(ProceedingId proceeding, CaseId caseId, UUID eventId, String type) {}
