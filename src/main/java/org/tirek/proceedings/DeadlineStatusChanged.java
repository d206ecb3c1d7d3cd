package org.tirek.proceedings;

import java.util.UUID;
import org.tirek.cases.CaseId;

/**
 * An open deadline moved as time passed (to DUE_SOON or OVERDUE, or back to UPCOMING after an
 * override), published by the status job in its transaction. Structural only.
 *
 * @param rule the rule id, e.g. {@code ME-EXTRADITION-APPEAL}
 */
public record DeadlineStatusChanged(
        UUID deadline, ProceedingId proceeding, CaseId caseId, String rule, DeadlineStatus status) {}
