package org.tirek.people.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.identity.Actors;
import org.tirek.identity.TirekUser;
import org.tirek.people.ClientCode;
import org.tirek.people.NewPerson;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonId;
import org.tirek.people.PersonSummary;
import org.tirek.platform.NotFoundException;

/**
 * Creates persons, for the people and the parties services, inside their transaction. Order: validate
 * everything, check for duplicates, then write and seal, so that a refusal saves nothing. The
 * duplicate check reads only structural columns and blind indexes: nobody is decrypted.
 */
@Component
class PersonCreator {

    static final int MAX_CANDIDATES = 10;

    private final Persons persons;
    private final SealedPerson sealed;
    private final NameIndexes names;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PersonCreator(Persons persons, SealedPerson sealed, NameIndexes names, AuditTrail audit, Clock clock) {
        this.persons = persons;
        this.sealed = sealed;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a person, recording it in {@code caseId}'s log when it is created for a case. */
    PersonCreation create(TirekUser who, NewPerson request, boolean duplicatesSeen, @Nullable UUID caseId) {
        NewPerson person = PersonRules.newPerson(request, Year.now(clock));
        Set<IndexBytes> indexes = names.of(person.identity());
        if (!duplicatesSeen) {
            List<PersonSummary> similar = persons.resembling(indexes, person.profile(), MAX_CANDIDATES);
            if (!similar.isEmpty()) {
                audit.record(
                        AuditEntry.of(Actors.of(who), PeopleActions.DUPLICATES).inCase(caseId));
                return new PersonCreation.PossibleDuplicates(similar);
            }
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        insertWithNewCode(id, person, who, now);
        persons.insertIdentity(id, sealed.seal(id, person.identity()), sealed.seal(id, person.safeContact()));
        persons.replaceNameIndexes(id, indexes);
        audit.record(AuditEntry.of(Actors.of(who), PeopleActions.CREATE)
                .about("person", id)
                .inCase(caseId));
        return new PersonCreation.Created(find(PersonId.of(id)));
    }

    PersonSummary find(PersonId id) {
        return persons.find(id).orElseThrow(() -> new NotFoundException("No such person"));
    }

    private void insertWithNewCode(UUID id, NewPerson person, TirekUser who, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            if (persons.insert(id, ClientCode.generate(random), person.profile(), who.id(), now)) return;
        }
        throw new IllegalStateException("No free client code after five attempts");
    }
}
