package org.tirek.people;

import java.util.List;
import java.util.UUID;

/** The parties of a case, in the order they were added. */
public record PartyList(UUID caseId, List<Party> parties) {

    public PartyList {
        parties = List.copyOf(parties);
    }
}
