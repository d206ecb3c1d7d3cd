package org.tirek.proceedings.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/**
 * The port through which rule A6 (an appeal or other deadline due within 48 hours) learns of
 * deadlines. Until the deadlines of the proceedings module provide a bean of this type, none are
 * due and A6 never fires.
 */
public interface DueDeadlines {

    /** None: the default while no deadlines are computed. */
    DueDeadlines NONE = (caseId, now, within) -> List.of();

    /**
     * The case's deadlines that are neither met nor waived and fall due before {@code now + within}
     * (overdue ones included).
     */
    List<DueDeadline> dueWithin(CaseId caseId, Instant now, Duration within);

    /**
     * @param id stable identifier of the deadline (the alert's subject)
     * @param kind a structural code of what is due, e.g. {@code EXTRADITION_APPEAL}; never free text
     */
    record DueDeadline(String id, ProceedingId proceeding, ProceedingType type, String kind, Instant due) {}
}
