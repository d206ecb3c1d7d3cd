package org.tirek.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tirek.audit.Checkpoint;
import org.tirek.audit.CheckpointSigner;

/**
 * Signs the chain's head every {@code tirek.audit.checkpoint.every-events} entries, or after
 * {@code tirek.audit.checkpoint.every} when anything was chained since. Needs the vault unsealed;
 * while it is sealed the chain grows unsigned, and the first checkpoint after unsealing covers it.
 */
@Component
class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final JdbcClient jdbc;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final long everyEvents;
    private final Duration every;

    Checkpointer(
            JdbcClient jdbc,
            CheckpointSigner signer,
            Clock clock,
            @Value("${tirek.audit.checkpoint.every-events:1000}") long everyEvents,
            @Value("${tirek.audit.checkpoint.every:10m}") Duration every) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
        this.everyEvents = everyEvents;
        this.every = every;
    }

    /** Signs a checkpoint of the head if one is due and the signer is ready; returns whether it did. */
    boolean checkpointIfDue() {
        ChainSealer.Head head = ChainSealer.Head.of(jdbc);
        if (head.position() == 0 || !signer.ready()) return false;
        Last last = jdbc.sql("select seq, signed_at from audit_checkpoint order by seq desc limit 1")
                .query((rs, n) ->
                        new Last(rs.getLong("seq"), rs.getTimestamp("signed_at").toInstant()))
                .optional()
                .orElse(new Last(0, Instant.EPOCH));
        if (last.position() >= head.position()) return false;
        Instant now = Canonical.truncate(clock.instant());
        boolean due = head.position() - last.position() >= everyEvents
                || !now.isBefore(last.signedAt().plus(every));
        if (!due) return false;
        sign(head, now);
        return true;
    }

    /** Signs the current head now, whatever the schedule (when the signer is ready and the head is new). */
    boolean checkpointNow() {
        ChainSealer.Head head = ChainSealer.Head.of(jdbc);
        if (head.position() == 0 || !signer.ready()) return false;
        Long last = jdbc.sql("select coalesce(max(seq), 0) from audit_checkpoint")
                .query(Long.class)
                .single();
        if (last >= head.position()) return false;
        sign(head, Canonical.truncate(clock.instant()));
        return true;
    }

    private void sign(ChainSealer.Head head, Instant now) {
        byte[] signature = signer.sign(Checkpoint.signedBytes(head.position(), head.hash(), now));
        jdbc.sql("""
                        insert into audit_checkpoint (seq, head_hash, signed_at, public_key, signature)
                        values (:seq, :hash, :at, :key, :sig) on conflict (seq) do nothing
                        """)
                .param("seq", head.position())
                .param("hash", head.hash())
                .param("at", Timestamp.from(now))
                .param("key", signer.publicKey())
                .param("sig", signature)
                .update();
        log.info("Audit checkpoint signed at chain position {}", head.position());
    }

    List<Checkpoint> all() {
        return jdbc.sql("select seq, head_hash, signed_at, public_key, signature from audit_checkpoint order by seq")
                .query((rs, n) -> new Checkpoint(
                        rs.getLong("seq"),
                        rs.getBytes("head_hash"),
                        rs.getTimestamp("signed_at").toInstant(),
                        rs.getBytes("public_key"),
                        rs.getBytes("signature")))
                .list();
    }

    private record Last(long position, Instant signedAt) {}
}
