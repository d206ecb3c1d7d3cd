package org.tirek.cases;

import java.util.List;

/**
 * Opens generated cases in bulk (the demo generator). Needs an unsealed vault. Each batch is one
 * transaction and one entry in the audit trail (with the number of cases), not one per case.
 */
public interface SyntheticCases {

    /** The largest batch {@link #openAll} takes. */
    int MAX_BATCH = 1000;

    /**
     * Opens the cases of {@code batch} in one transaction.
     *
     * @throws org.tirek.platform.InvalidRequestException when a batch is too large, a codename is
     *     invalid, or a team member or assignee is not an account that may be on a team
     */
    List<CaseId> openAll(List<SyntheticCase> batch);
}
