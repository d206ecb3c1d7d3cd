package org.tirek.proceedings.alerts;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tirek.proceedings.DeadlineStatusChanged;
import org.tirek.proceedings.ProceedingEventRecorded;

/**
 * Re-evaluates a case's alerts whenever one of its proceedings changes (an event, a charge, a link):
 * a synchronous listener, so in the transaction of the change. A failure of the evaluation fails the
 * change: an event is never committed without its alerts. Also when one of its deadlines moves to
 * DUE_SOON or OVERDUE as time passes, so that A6 shows within the deadline job's minute rather than
 * at the next daily pass: after the statuses are committed, in a transaction of its own, so that a
 * failure (logged, and left to the daily pass) cannot hold back the statuses of other deadlines.
 */
@Component
class AlertsOnProceedingChange {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AlertsOnProceedingChange.class);

    private final AlertEvaluator evaluator;
    private final Clock clock;

    AlertsOnProceedingChange(AlertEvaluator evaluator, Clock clock) {
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** Last among the listeners of the change, so that whatever they recompute (deadlines) is seen. */
    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ProceedingEventRecorded changed) {
        evaluator.evaluate(changed.caseId(), clock.instant());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DeadlineStatusChanged moved) {
        try {
            evaluator.evaluate(moved.caseId(), moved.at());
        } catch (RuntimeException e) {
            log.error(
                    "Evaluating the alerts of case {} after a deadline moved failed: {}",
                    moved.caseId().value(),
                    e.getClass().getName());
        }
    }
}
