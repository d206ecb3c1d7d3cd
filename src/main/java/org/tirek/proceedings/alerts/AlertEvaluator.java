package org.tirek.proceedings.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTasks;

/**
 * Brings a case's alerts in line with what the rules find now: opens the missing ones, refreshes the
 * facts of those still holding (keeping their acknowledgement), resolves the rest. Idempotent: a
 * second evaluation with nothing changed changes nothing. Runs in the caller's transaction, so an
 * event and the alerts it raises are committed together.
 */
@Component
class AlertEvaluator {

    static final Duration A6_WINDOW = Duration.ofHours(48);

    private final CaseSnapshots snapshots;
    private final AlertRows rows;
    private final ObjectProvider<DueDeadlines> deadlines;
    private final CaseTasks tasks;
    private final SafeguardRules rules;

    AlertEvaluator(
            CaseSnapshots snapshots,
            AlertRows rows,
            ObjectProvider<DueDeadlines> deadlines,
            CaseTasks tasks,
            @Value("${tirek.alerts.detention-review-days:" + SafeguardRules.DEFAULT_DETENTION_REVIEW_DAYS + "}")
                    int detentionReviewDays) {
        this.snapshots = snapshots;
        this.rows = rows;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.rules = new SafeguardRules(detentionReviewDays);
    }

    /** Evaluates the case's rules as of {@code now}; returns the findings that opened a new alert. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Finding> evaluate(CaseId caseId, Instant now) {
        DueDeadlines due = deadlines.getIfAvailable(() -> DueDeadlines.NONE);
        CaseSnapshot snapshot = snapshots.of(caseId, due.dueWithin(caseId, now, A6_WINDOW));
        Map<String, Finding> findings = new LinkedHashMap<>();
        for (Finding f : rules.evaluate(snapshot, now)) findings.putIfAbsent(key(f.rule(), f.subject()), f);
        Map<String, Alert> active = new LinkedHashMap<>();
        rows.activeOf(caseId)
                .forEach(s -> active.put(key(s.alert().rule(), s.alert().subject()), s.alert()));
        List<Finding> opened = new ArrayList<>();
        for (Map.Entry<String, Finding> e : findings.entrySet()) {
            Finding f = e.getValue();
            Alert existing = active.remove(e.getKey());
            if (existing == null) {
                if (rows.open(caseId, f, now)) {
                    opened.add(f);
                    onOpened(caseId, f);
                }
            } else if (changed(existing, f)) {
                rows.refresh(existing.id(), f, now);
            }
        }
        active.values().forEach(a -> rows.resolve(a.id(), now));
        return opened;
    }

    /** A2 asks for action at once: a task for the team (its title names the rule, nobody). */
    private void onOpened(CaseId caseId, Finding f) {
        if (f.rule().equals("A2")) {
            tasks.createFor(
                    caseId,
                    "A2: protection granted: apply to end detention and the extradition; notify the CCF",
                    null,
                    "proceedings.alert.A2");
        }
    }

    private static boolean changed(Alert a, Finding f) {
        return a.severity() != f.severity()
                || !a.explanationKey().equals(f.explanationKey())
                || !a.explanationArgs().equals(f.args())
                || !a.links().equals(f.links());
    }

    private static String key(String rule, String subject) {
        return rule + "|" + subject;
    }
}
