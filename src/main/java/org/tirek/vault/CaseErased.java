package org.tirek.vault;

import java.util.UUID;

/**
 * A case's keys were destroyed after a second person approved: its sensitive data is gone for good.
 * Modules drop what they hold of the case; {@code keepStructural} says whether structural data
 * (types, dates, regions) may stay for statistics. The approver is who erased it.
 */
public record CaseErased(UUID caseId, boolean keepStructural, UUID requestId, UUID approvedBy, String approvedByName) {}
