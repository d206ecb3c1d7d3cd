package org.tirek.people;

import java.util.List;

/**
 * What asking to create a person gave: the person, or, when existing persons resemble the new one and
 * the caller has not yet seen them, those persons (client code and structural data only) and nothing
 * created.
 */
public sealed interface PersonCreation permits PersonCreation.Created, PersonCreation.PossibleDuplicates {

    /** The person was created (and, when asked, added to the case). */
    record Created(PersonSummary person) implements PersonCreation {}

    /**
     * Persons who may be the same: same normalised name (or alias) by blind index, and no
     * contradiction in sex, birth year (±1) and nationality. Nothing was saved.
     */
    record PossibleDuplicates(List<PersonSummary> candidates) implements PersonCreation {

        public PossibleDuplicates {
            candidates = List.copyOf(candidates);
        }
    }
}
