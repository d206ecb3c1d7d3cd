package org.tirek.identity;

import java.util.UUID;

/**
 * Who may work with a case's sensitive data (need-to-know): the members of the case's team. The
 * cases module implements it; every module that returns or changes a case's sensitive data asks here
 * first.
 */
public interface CaseAccess {

    /** Whether {@code user} may read and write the sensitive data of case {@code caseId}. */
    boolean mayWorkOn(TirekUser user, UUID caseId);

    /**
     * Refuses unless {@link #mayWorkOn} holds: with {@link org.springframework.security.access.AccessDeniedException}
     * (HTTP 403), or {@link org.tirek.platform.NotFoundException} (404) when the case does not exist.
     */
    default void check(TirekUser user, UUID caseId) {
        if (!mayWorkOn(user, caseId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not on this case");
        }
    }
}
