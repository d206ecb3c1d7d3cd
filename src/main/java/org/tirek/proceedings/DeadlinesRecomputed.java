package org.tirek.proceedings;

/**
 * A proceeding's deadlines were computed again after an event, a charge or a link was recorded
 * (published in that transaction, after the deadlines are stored), so that rules built on deadlines
 * can look at them with {@link Deadlines#openOf(org.tirek.cases.CaseId)}.
 */
public record DeadlinesRecomputed(ProceedingId proceeding, org.tirek.cases.CaseId caseId) {}
