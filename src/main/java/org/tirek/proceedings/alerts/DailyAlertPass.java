package org.tirek.proceedings.alerts;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.cases.CaseId;

/**
 * Once a day, re-evaluates every case that has a proceeding still going or an active alert, for the
 * rules that fire with the passing of time alone (A5, A6, A7, A14, A16, A17, and A20 ending),
 * then sends the e-mail digest where configured. One transaction per case: a case that fails to
 * evaluate is logged by its id and the others go on.
 */
@Component
class DailyAlertPass {

    private static final Logger log = LoggerFactory.getLogger(DailyAlertPass.class);

    private final CaseSnapshots snapshots;
    private final AlertEvaluator evaluator;
    private final TransactionTemplate transactions;
    private final DigestMail mail;
    private final Clock clock;

    DailyAlertPass(
            CaseSnapshots snapshots,
            AlertEvaluator evaluator,
            TransactionTemplate transactions,
            DigestMail mail,
            Clock clock) {
        this.snapshots = snapshots;
        this.evaluator = evaluator;
        this.transactions = transactions;
        this.mail = mail;
        this.clock = clock;
    }

    @Scheduled(cron = "${tirek.alerts.daily-cron:0 30 5 * * *}", zone = "UTC")
    @SchedulerLock(name = "safeguard-alerts-daily", lockAtMostFor = "PT30M")
    void daily() {
        Instant now = clock.instant();
        int opened = runAt(now);
        log.info("Daily safeguard alert pass: {} alert(s) opened", opened);
        mail.sendAll();
    }

    /** Evaluates every case to review as of {@code now}; the number of alerts opened. */
    int runAt(Instant now) {
        int opened = 0;
        for (CaseId caseId : snapshots.casesToReview()) {
            try {
                Integer n = transactions.execute(
                        tx -> evaluator.evaluate(caseId, now).size());
                opened += n == null ? 0 : n;
            } catch (RuntimeException e) {
                log.error(
                        "Safeguard alerts of case {} could not be evaluated: {}",
                        caseId,
                        e.getClass().getName());
            }
        }
        return opened;
    }
}
