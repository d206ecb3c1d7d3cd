package org.tirek.people.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.people.PersonId;

/**
 * Who may know a person (read and change their identity and safe contact): case staff who may work
 * on at least one case the person is a party of, or, while the person is a party of no case, the
 * staff member who created them. Roles alone never suffice.
 */
@Component
class PersonAccess {

    static final Set<Role> CASE_STAFF = EnumSet.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER);

    private final CaseParties parties;
    private final Persons persons;
    private final CaseAccess cases;

    PersonAccess(CaseParties parties, Persons persons, CaseAccess cases) {
        this.parties = parties;
        this.persons = persons;
        this.cases = cases;
    }

    boolean mayKnow(TirekUser who, PersonId person) {
        if (!CASE_STAFF.contains(who.role())) return false;
        List<UUID> ofCases = parties.casesOf(person.value());
        if (ofCases.isEmpty())
            return persons.createdBy(person).map(who.id()::equals).orElse(false);
        return ofCases.stream().anyMatch(caseId -> cases.mayWorkOn(who, caseId));
    }

    void require(TirekUser who, PersonId person) {
        if (!mayKnow(who, person)) throw new AccessDeniedException("Not on a case of this person");
    }

    static void requireStaff(TirekUser who) {
        if (!CASE_STAFF.contains(who.role())) throw new AccessDeniedException("Only case staff work with people");
    }
}
