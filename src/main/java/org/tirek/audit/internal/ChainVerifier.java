package org.tirek.audit.internal;

import com.google.crypto.tink.subtle.Ed25519Verify;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.audit.Checkpoint;
import org.tirek.audit.VerificationReport;
import org.tirek.audit.Witness;

/**
 * Walks the chain from position 1 to the head in one streamed query and recomputes every hash;
 * checks every signed checkpoint against the chain and its signature, and every witness checkpoint
 * likewise, then that the witness knows of nothing beyond the head. Stops at the first fault and
 * names it. Needs no key: signatures are checked with the public key only.
 */
@Component
class ChainVerifier {

    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Checkpointer checkpointer;
    private final Clock clock;

    ChainVerifier(DataSource dataSource, TransactionTemplate tx, Checkpointer checkpointer, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH); // streamed: PostgreSQL uses a cursor inside a transaction
        this.tx = tx;
        this.checkpointer = checkpointer;
        this.clock = clock;
    }

    /**
     * @param trustedKey the raw Ed25519 public key to check signatures with (the witness's, or the
     *     vault's); {@code null} when no key exists yet, in which case any checkpoint is a fault
     */
    VerificationReport verify(byte @Nullable [] trustedKey, @Nullable Witness witness) {
        Walk walk = new Walk(trustedKey, checkpointer.all(), witness == null ? List.of() : witness.checkpoints());
        tx.executeWithoutResult(status -> {
            jdbc.query(
                    "select c.seq, c.event_id as chained_id, c.hash, " + EventRow.COLUMNS
                            + " from audit_chain c left join audit_event e on e.id = c.event_id order by c.seq",
                    (RowCallbackHandler) walk::next);
        });
        if (walk.problem == null) walk.checkNothingBeyondHead();
        Long waiting = jdbc.queryForObject("select count(*) from audit_pending", Long.class);
        if (walk.problem == null) walk.checkNothingLost(jdbc);
        return walk.report(waiting == null ? 0 : waiting, clock);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {

        private final byte @Nullable [] key;
        private final Map<Long, Checkpoint> signed = new HashMap<>();
        private final Map<Long, Checkpoint> witnessed = new HashMap<>();
        private final MessageDigest digest = Canonical.sha256();
        private byte[] previous = Canonical.GENESIS;
        private long position;
        private int checkpoints;
        private @Nullable String problem;
        private @Nullable Long brokenPosition;
        private @Nullable Long brokenEvent;

        Walk(byte @Nullable [] key, List<Checkpoint> signed, List<Checkpoint> witnessed) {
            this.key = key;
            signed.forEach(c -> this.signed.put(c.position(), c));
            witnessed.forEach(c -> this.witnessed.put(c.position(), c));
        }

        void next(java.sql.ResultSet rs) throws java.sql.SQLException {
            if (problem != null) return;
            long seq = rs.getLong("seq");
            long chainedId = rs.getLong("chained_id");
            if (seq != position + 1) {
                fail(
                        position + 1,
                        null,
                        "The entry at chain position " + (position + 1) + " is missing: entries were"
                                + " deleted from the chain.");
                return;
            }
            if (rs.getObject("id") == null) {
                fail(seq, chainedId, "Entry " + chainedId + " at chain position " + seq + " has been deleted.");
                return;
            }
            byte[] computed = Canonical.chain(digest, previous, Canonical.bytes(EventRow.from(rs)));
            if (!MessageDigest.isEqual(computed, rs.getBytes("hash"))) {
                fail(
                        seq,
                        chainedId,
                        "Entry " + chainedId + " at chain position " + seq
                                + " does not match its recorded hash: its content, or its place in the chain, was changed.");
                return;
            }
            previous = computed;
            position = seq;
            check(signed.get(seq), "signed checkpoint");
            if (problem == null) check(witnessed.get(seq), "witness checkpoint");
        }

        private void check(@Nullable Checkpoint checkpoint, String what) {
            if (checkpoint == null) return;
            if (!MessageDigest.isEqual(checkpoint.headHash(), previous)) {
                fail(
                        position,
                        null,
                        "The " + what + " at chain position " + position
                                + " does not match the chain: entries up to there were changed.");
                return;
            }
            if (!validSignature(checkpoint)) {
                fail(
                        position,
                        null,
                        "The " + what + " at chain position " + position
                                + " has no valid signature by the trusted key.");
                return;
            }
            checkpoints++;
        }

        private boolean validSignature(Checkpoint checkpoint) {
            if (key == null) return false;
            try {
                new Ed25519Verify(key).verify(checkpoint.signature(), checkpoint.signedBytes());
                return true;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }

        void checkNothingBeyondHead() {
            long beyond = java.util.stream.Stream.concat(signed.keySet().stream(), witnessed.keySet().stream())
                    .filter(p -> p > position)
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(0);
            if (beyond > 0) {
                fail(
                        position + 1,
                        null,
                        "The chain ends at position " + position + " but a checkpoint covers position " + beyond
                                + ": entries were removed from the end.");
            }
        }

        void checkNothingLost(JdbcTemplate jdbc) {
            List<@Nullable Long> lost = jdbc.queryForList("""
                    select e.id from audit_event e
                     where not exists (select 1 from audit_chain c where c.event_id = e.id)
                       and not exists (select 1 from audit_pending p where p.event_id = e.id)
                     order by e.id limit 1
                    """, Long.class);
            Long first = lost.isEmpty() ? null : lost.get(0);
            if (first != null) {
                fail(
                        null,
                        first,
                        "Entry " + first + " is neither in the chain nor waiting to be chained:"
                                + " it was taken out of the sealer's queue.");
            }
        }

        private void fail(@Nullable Long at, @Nullable Long event, String why) {
            problem = why;
            brokenPosition = at;
            brokenEvent = event;
        }

        VerificationReport report(long waiting, Clock clock) {
            return new VerificationReport(
                    problem == null,
                    position,
                    position,
                    position == 0 ? null : HexFormat.of().formatHex(previous),
                    checkpoints,
                    waiting,
                    brokenPosition,
                    brokenEvent,
                    problem,
                    key == null
                            ? ""
                            : HexFormat.of().formatHex(Canonical.sha256().digest(key)),
                    clock.instant());
        }
    }
}
