package org.tirek.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.vault.CaseErased;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.KeyScope;

/**
 * Erasing a case must not leave its survivor readable under the survivor's own key. So when a case
 * is erased, every party who is a party of no other case still readable loses their identity for
 * good: the person's key is destroyed, the sealed identity and name indexes are deleted, and the
 * structural data is cleared unless the erasure keeps it. A person who is still a party of a live
 * case keeps their identity (that case's team still needs it). Without {@code keepStructural} the
 * case's party rows go too.
 *
 * <p>Runs in the approval's transaction: the case's keys, the persons' keys and these rows change
 * together.
 */
@Component
class ErasedCaseParties {

    private final CaseParties parties;
    private final Persons persons;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final Clock clock;

    ErasedCaseParties(CaseParties parties, Persons persons, FieldEncryption fields, AuditTrail audit, Clock clock) {
        this.parties = parties;
        this.persons = persons;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(CaseErased erased) {
        Instant now = clock.instant();
        UUID caseId = erased.caseId();
        Actor approver = Actor.user(erased.approvedBy(), erased.approvedByName());
        for (UUID personId : parties.personsOf(caseId)) {
            boolean stillNeeded = parties.casesOf(personId).stream()
                    .anyMatch(other -> !other.equals(caseId) && !fields.shredded(KeyScope.ofCase(other)));
            if (stillNeeded) continue;
            fields.shred(SealedPerson.scope(personId));
            persons.erase(personId, erased.keepStructural(), now);
            audit.record(AuditEntry.of(approver, PeopleActions.ERASED)
                    .about("person", personId)
                    .inCase(caseId));
        }
        if (!erased.keepStructural()) parties.removeAll(caseId);
    }
}
