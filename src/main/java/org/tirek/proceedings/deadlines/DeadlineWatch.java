package org.tirek.proceedings.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.proceedings.DeadlineStatusChanged;
import org.tirek.vault.Vault;

/**
 * Moves open deadlines to DUE_SOON and OVERDUE as time passes, and escalates: a deadline due within
 * 48 hours that its lead lawyer has not acknowledged gets an urgent task for the backup lawyer
 * (unassigned when there is none), once, recorded in the audit trail. One instance at a time.
 *
 * <p>Escalation writes a sealed task title, so it waits while the vault is sealed; the statuses move
 * regardless.
 */
@Component
public class DeadlineWatch {

    static final String ORIGIN = "deadlines.escalation";
    static final AuditAction ESCALATE = AuditAction.write("deadlines.escalate");
    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DeadlineRows rows;
    private final DeadlineWrites writes;
    private final DeadlineTexts texts;
    private final CaseTasks tasks;
    private final Vault vault;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineWatch(
            DeadlineRows rows,
            DeadlineWrites writes,
            DeadlineTexts texts,
            CaseTasks tasks,
            Vault vault,
            AuditTrail audit,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rows = rows;
        this.writes = writes;
        this.texts = texts;
        this.tasks = tasks;
        this.vault = vault;
        this.audit = audit;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tirek.deadlines.check-every:PT1M}",
            initialDelayString = "${tirek.deadlines.first-check-after:PT20S}")
    @SchedulerLock(name = "deadlines-watch", lockAtMostFor = "PT10M")
    void scheduled() {
        run(clock.instant());
    }

    /** One pass as of {@code now} (the scheduler's, and tests' for a time to come). */
    public void run(Instant now) {
        transactions.executeWithoutResult(tx -> writes.refreshStatuses(now)
                .forEach(m -> events.publishEvent(
                        new DeadlineStatusChanged(m.id(), m.proceeding(), m.caseId(), m.rule(), m.status(), now))));
        if (vault.status().sealed()) return;
        for (UUID id : writes.toEscalate(now)) {
            try {
                transactions.executeWithoutResult(tx -> escalate(id, now));
            } catch (RuntimeException e) {
                log.error("Escalating deadline {} failed: {}", id, e.getClass().getName());
            }
        }
    }

    /** Creates the task unless another run already escalated the deadline. */
    private void escalate(UUID id, Instant now) {
        if (!writes.claimEscalation(id, now)) return;
        StoredDeadline d = rows.find(id).orElseThrow();
        String lead = d.lead() == null ? "-" : d.lead().name();
        String backup = d.backup() == null ? null : d.backup().name();
        String title = texts.inEnglish(
                "deadlines.escalation.task",
                texts.inEnglish(d.rule().label()),
                d.proceedingTitle(),
                d.effectiveDue().atZone(java.time.ZoneId.of(d.zone())).format(WHEN) + " " + d.zone(),
                lead,
                backup == null ? "-" : backup);
        CaseTask task = tasks.createFor(
                d.caseId(),
                title,
                d.effectiveDue().atZone(java.time.ZoneId.of(d.zone())).toLocalDate(),
                ORIGIN,
                backup);
        writes.escalationTask(id, task.id());
        audit.record(AuditEntry.of(Actor.system(ORIGIN), ESCALATE)
                .about("deadline", id)
                .inCase(d.caseId().value()));
    }
}
