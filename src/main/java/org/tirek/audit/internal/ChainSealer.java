package org.tirek.audit.internal;

import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains entries waiting in {@code audit_pending}, oldest id first, and then lets the checkpointer
 * sign the new head. One sealer runs at a time across all instances (ShedLock); inside, each batch
 * also takes a transaction-scoped advisory lock, so that the command line attached to a running
 * server can seal too without ever forking the chain. A batch is one transaction: a process killed
 * in the middle leaves the chain as it was, and the next run takes over.
 */
@Component
class ChainSealer {

    static final int BATCH = 5000;
    /** An arbitrary constant naming the audit chain's advisory lock. */
    private static final long LOCK = 0x7469_7265_6b61_7564L;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final Checkpointer checkpointer;
    private final Clock clock;

    ChainSealer(
            JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, Checkpointer checkpointer, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.checkpointer = checkpointer;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tirek.audit.seal-interval:500ms}",
            initialDelayString = "${tirek.audit.seal-interval:500ms}")
    @SchedulerLock(name = "audit-chain-sealer", lockAtMostFor = "PT5M")
    void scheduled() {
        sealAll();
    }

    /** Chains everything waiting now and signs a checkpoint when one is due; returns how many were chained. */
    int sealAll() {
        int total = 0;
        int chained;
        do {
            chained = sealBatch(BATCH);
            total += chained;
        } while (chained == BATCH);
        checkpointer.checkpointIfDue();
        return total;
    }

    /** Chains up to {@code max} waiting entries in one transaction. */
    int sealBatch(int max) {
        Integer chained = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:lock)")
                    .param("lock", LOCK)
                    .query()
                    .singleRow();
            return chainInTransaction(max);
        });
        return chained == null ? 0 : chained;
    }

    private int chainInTransaction(int max) {
        List<EventRow> waiting = jdbc.sql(
                        "select " + EventRow.COLUMNS
                                + " from audit_pending p join audit_event e on e.id = p.event_id order by p.event_id limit :max")
                .param("max", max)
                .query((rs, n) -> EventRow.from(rs))
                .list();
        if (waiting.isEmpty()) return 0;
        Head head = Head.of(jdbc);
        MessageDigest digest = Canonical.sha256();
        byte[] previous = head.hash();
        long position = head.position();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> links = new ArrayList<>(waiting.size());
        for (EventRow event : waiting) {
            previous = Canonical.chain(digest, previous, Canonical.bytes(event));
            links.add(new Object[] {++position, event.id(), previous, now});
        }
        template.batchUpdate("insert into audit_chain (seq, event_id, hash, sealed_at) values (?, ?, ?, ?)", links);
        template.batchUpdate(
                "delete from audit_pending where event_id = ?",
                waiting.stream().map(e -> new Object[] {e.id()}).toList());
        return waiting.size();
    }

    /** The last link of the chain, or the genesis before the first. */
    record Head(long position, byte[] hash) {

        static Head of(JdbcClient jdbc) {
            return jdbc.sql("select seq, hash from audit_chain order by seq desc limit 1")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getBytes("hash")))
                    .optional()
                    .orElse(new Head(0, Canonical.GENESIS));
        }
    }
}
