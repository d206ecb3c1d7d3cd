package org.tirek.cases;

/**
 * What every page of a case shows at its top (reference, codename, type, status, priority) and
 * whether the viewer is on its team, for the tabs that other modules serve under {@code /cases/{id}}.
 */
public record CaseHeader(CaseSummary summary, boolean member) {}
