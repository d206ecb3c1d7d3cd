package org.tirek.proceedings;

import java.time.Instant;
import java.util.UUID;
import org.tirek.cases.CaseId;

/**
 * An open deadline moved as time passed (to DUE_SOON or OVERDUE, or back to UPCOMING after an
 * override), published by the status job in its transaction. Structural only.
 *
 * @param rule the rule id, e.g. {@code ME-EXTRADITION-APPEAL}
 * @param at the time the status job ran (the status holds as of then)
 */
public record DeadlineStatusChanged(
        UUID deadline, ProceedingId proceeding, CaseId caseId, String rule, DeadlineStatus status, Instant at) {}
