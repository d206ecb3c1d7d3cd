package org.tirek.proceedings.alerts;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tirek.proceedings.ProceedingEventRecorded;

/**
 * Re-evaluates a case's alerts whenever one of its proceedings changes (an event, a charge, a link):
 * a synchronous listener, so in the transaction of the change. A failure of the evaluation fails the
 * change: an event is never committed without its alerts.
 */
@Component
class AlertsOnProceedingChange {

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
}
