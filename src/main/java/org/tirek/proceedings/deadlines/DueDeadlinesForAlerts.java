package org.tirek.proceedings.deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.alerts.DueDeadlines;

/**
 * What rule A6 reads: the case's open deadlines (neither met nor waived) falling due before
 * {@code now + within}, overdue ones included, named by the rule that computed them.
 */
@Component
class DueDeadlinesForAlerts implements DueDeadlines {

    private final Deadlines deadlines;

    DueDeadlinesForAlerts(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public List<DueDeadline> dueWithin(CaseId caseId, Instant now, Duration within) {
        Instant until = now.plus(within);
        return deadlines.openOf(caseId).stream()
                .filter(d -> d.due().isBefore(until))
                .map(d -> new DueDeadline(
                        d.id().toString(),
                        d.proceedingId(),
                        d.proceedingType(),
                        d.basis().ruleId(),
                        d.due()))
                .toList();
    }
}
