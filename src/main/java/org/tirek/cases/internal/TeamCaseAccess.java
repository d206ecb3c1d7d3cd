package org.tirek.cases.internal;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.TirekUser;
import org.tirek.platform.NotFoundException;

/**
 * Need-to-know: a user may read and write a case's sensitive data only while on its team. Roles
 * alone never suffice (a coordinator joins first, which is recorded).
 */
@Component
class TeamCaseAccess implements CaseAccess {

    private final CaseFiles cases;

    TeamCaseAccess(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public boolean mayWorkOn(TirekUser user, UUID caseId) {
        return cases.isMember(CaseId.of(caseId), user.id());
    }

    /** 404 for a case that does not exist, 403 for one whose team {@code user} is not on. */
    @Override
    public void check(TirekUser user, UUID caseId) {
        if (mayWorkOn(user, caseId)) return;
        if (cases.find(CaseId.of(caseId)).isEmpty()) throw new NotFoundException("No such case");
        throw new AccessDeniedException("Not on this case");
    }
}
