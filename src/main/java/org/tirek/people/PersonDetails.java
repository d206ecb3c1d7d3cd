package org.tirek.people;

import java.util.List;

/**
 * Everything about a person that the viewer may see: structural data, the sensitive identity and
 * safe-contact rules, and the cases the person is a party of, limited to those the viewer may work on.
 */
public record PersonDetails(PersonSummary summary, Identity identity, SafeContact safeContact, List<PersonCase> cases) {

    public PersonDetails {
        cases = List.copyOf(cases);
    }

    @Override
    public String toString() {
        return "PersonDetails[" + summary.clientCode() + "]";
    }
}
