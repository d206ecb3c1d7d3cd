package org.tirek.cases.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.people.CaseLabel;
import org.tirek.people.CaseLabels;

/**
 * Names cases on the people pages by reference and codename: structural data only, and nothing is
 * recorded (the people module asks only about cases whose parties the viewer may already see).
 */
@Component
class CaseLabelsForPeople implements CaseLabels {

    private final CaseFiles cases;

    CaseLabelsForPeople(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseLabel> label(UUID caseId) {
        return cases.find(CaseId.of(caseId)).map(c -> new CaseLabel(c.reference(), c.codename()));
    }
}
