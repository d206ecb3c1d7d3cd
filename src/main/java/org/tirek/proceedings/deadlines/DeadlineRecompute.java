package org.tirek.proceedings.deadlines;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.DeadlinesRecomputed;
import org.tirek.proceedings.ProceedingEventRecorded;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.rules.RulePacks;

/**
 * Keeps a proceeding's stored deadlines equal to what the rules give for its events: new ones
 * inserted, changed ones updated (a lawyer's override, acknowledgement, waiver and the escalation
 * kept), and those whose start event was voided, or whose rule no longer applies, removed.
 *
 * <p>Runs synchronously in the transaction that records the event, so an event is never stored
 * without its deadlines; a failure here refuses the event. At start, when the rule packs' ids or
 * versions differ from those the stored deadlines were computed with, every proceeding is
 * recomputed.
 */
@Component
class DeadlineRecompute {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecompute.class);

    private final ProceedingReads proceedings;
    private final DeadlineRows rows;
    private final DeadlineWrites writes;
    private final RulePacks packs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeadlineRecompute(
            ProceedingReads proceedings,
            DeadlineRows rows,
            DeadlineWrites writes,
            RulePacks packs,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proceedings = proceedings;
        this.rows = rows;
        this.writes = writes;
        this.packs = packs;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Early among the listeners of a change, so that the safeguard alerts (last) see the new deadlines. */
    @EventListener
    @Order(0)
    void on(ProceedingEventRecorded recorded) {
        recompute(recorded.proceeding());
        events.publishEvent(new DeadlinesRecomputed(recorded.proceeding(), recorded.caseId()));
    }

    /**
     * Recomputes the deadlines of {@code id} in the caller's transaction. A deadline whose computed
     * columns come out as stored (the digest is the same) is not written at all, so an event that
     * changes nothing for the deadlines costs only the reads.
     */
    void recompute(ProceedingId id) {
        ProceedingFacts p = proceedings.facts(id).orElse(null);
        if (p == null) return;
        List<DeadlineEngine.Due> dues = DeadlineEngine.compute(
                p, proceedings.events(id), packs.rulesFor(p.type(), p.jurisdiction(), p.requestingState()));
        Map<String, DeadlineRows.Computed> existing = new HashMap<>();
        rows.computedOf(id).forEach(d -> existing.put(key(d.rule(), d.startEvent()), d));
        Instant now = clock.instant();
        for (DeadlineEngine.Due due : dues) {
            DeadlineRows.Computed stored =
                    existing.remove(key(due.rule().rule().id(), due.start().id()));
            DeadlineStatus status = status(due, stored, now);
            String computation = DeadlineWrites.digest(due, p, status);
            if (stored == null || !stored.computation().equals(computation)) {
                writes.save(due, stored == null ? null : stored.id(), p, status, due.closure(), computation, now);
            }
        }
        existing.values().forEach(d -> writes.delete(d.id()));
    }

    private static DeadlineStatus status(DeadlineEngine.Due due, DeadlineRows.@Nullable Computed stored, Instant now) {
        if (due.closure() != null) return due.closure().status();
        Instant effective = stored != null && stored.overrideDue() != null
                ? stored.overrideDue()
                : due.computation().due();
        return DeadlineStatus.of(effective, due.rule().rule().warnBefore(), now);
    }

    private static String key(String rule, UUID startEvent) {
        return rule + "|" + startEvent;
    }

    /**
     * When the packs changed since the stored deadlines were computed (another version, or a file
     * edited), recomputes every proceeding: in the background, so that the start does not wait, in
     * transactions of {@value #BATCH} proceedings, and the packs' fingerprint is stored only when all
     * are done (a server stopped half-way does it again at its next start). Events recorded meanwhile
     * recompute their own proceeding as always. Two instances starting at once may both do it; the
     * work is the same and the result too. Only a server does it: a command-line run (no web server)
     * ends before it could finish.
     */
    @EventListener
    void afterStart(ApplicationReadyEvent ready) {
        if (ready.getSpringApplication().getWebApplicationType() == WebApplicationType.NONE) return;
        String fingerprint = packs.fingerprint();
        if (writes.appliedFingerprint().filter(fingerprint::equals).isPresent()) return;
        running = Thread.ofVirtual().name("deadlines-recompute").start(() -> recomputeAll(fingerprint));
    }

    static final int BATCH = 500;

    private volatile boolean closing;
    private volatile @Nullable Thread running;

    void recomputeAll(String fingerprint) {
        try {
            long started = System.nanoTime();
            List<ProceedingId> all = proceedings.all();
            for (int from = 0; from < all.size(); from += BATCH) {
                if (closing) return; // the fingerprint stays old: the next start does it again
                List<ProceedingId> batch = all.subList(from, Math.min(all.size(), from + BATCH));
                transactions.executeWithoutResult(tx -> batch.forEach(this::recompute));
            }
            transactions.executeWithoutResult(tx -> writes.applied(fingerprint, clock.instant()));
            log.info(
                    "Deadlines recomputed for {} proceedings with rule packs {} in {} s",
                    all.size(),
                    fingerprint,
                    (System.nanoTime() - started) / 1_000_000_000);
        } catch (RuntimeException e) {
            if (closing) return;
            // the deadlines not reached stay as they were until their proceeding's next event or start
            log.error(
                    "Recomputing deadlines with rule packs {} failed: {}",
                    fingerprint,
                    e.getClass().getName());
        }
    }

    /** Lets a recompute in the background finish its batch before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        closing = true;
        Thread thread = running;
        if (thread != null) thread.join(java.time.Duration.ofSeconds(30));
    }
}
