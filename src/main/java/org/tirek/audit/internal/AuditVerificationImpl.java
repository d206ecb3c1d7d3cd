package org.tirek.audit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.CheckpointFile;
import org.tirek.audit.CheckpointSigner;
import org.tirek.audit.Outcome;
import org.tirek.audit.VerificationReport;
import org.tirek.audit.Witness;
import org.tirek.platform.InvalidRequestException;

/**
 * Verification as a service: chains what waits, walks the chain, records the verification in the
 * trail and keeps the report (in {@code audit_verification}) so that every instance's dashboard can
 * show the latest one.
 */
@Service
class AuditVerificationImpl implements AuditVerification {

    private static final Logger log = LoggerFactory.getLogger(AuditVerificationImpl.class);

    private final ChainSealer sealer;
    private final ChainVerifier verifier;
    private final Checkpointer checkpointer;
    private final CheckpointSigner signer;
    private final AuditTrail trail;
    private final JdbcClient jdbc;

    AuditVerificationImpl(
            ChainSealer sealer,
            ChainVerifier verifier,
            Checkpointer checkpointer,
            CheckpointSigner signer,
            AuditTrail trail,
            JdbcClient jdbc) {
        this.sealer = sealer;
        this.verifier = verifier;
        this.checkpointer = checkpointer;
        this.signer = signer;
        this.trail = trail;
        this.jdbc = jdbc;
    }

    @Override
    public VerificationReport verify(Actor who, @Nullable Witness witness) {
        sealer.sealAll();
        byte[] key = witness != null ? witness.publicKey() : trustedKey();
        VerificationReport report = verifier.verify(key, witness);
        keep(report);
        trail.recordAlone(
                AuditEntry.of(who, AuditActions.VERIFY).withOutcome(report.ok() ? Outcome.SUCCESS : Outcome.FAILED));
        if (!report.ok()) log.error("Audit trail verification FAILED: {}", report.problem());
        return report;
    }

    @Override
    public Optional<VerificationReport> latest() {
        return jdbc.sql("""
                        select ok, events, head_hash, checkpoints, waiting, broken_position, broken_event, problem,
                               key_fingerprint, checked_at
                          from audit_verification order by id desc limit 1
                        """)
                .query((rs, n) -> new VerificationReport(
                        rs.getBoolean("ok"),
                        rs.getLong("events"),
                        rs.getLong("events"),
                        rs.getString("head_hash"),
                        rs.getInt("checkpoints"),
                        rs.getLong("waiting"),
                        (Long) rs.getObject("broken_position"),
                        (Long) rs.getObject("broken_event"),
                        rs.getString("problem"),
                        rs.getString("key_fingerprint"),
                        rs.getTimestamp("checked_at").toInstant()))
                .optional();
    }

    @Override
    public void exportCheckpoints(Actor who, OutputStream out) throws IOException {
        checkpointer.checkpointNow();
        byte @Nullable [] key = trustedKey();
        if (key == null) throw new InvalidRequestException("No checkpoint has been signed yet: unseal the vault first");
        trail.recordAlone(AuditEntry.of(who, AuditActions.CHECKPOINT_EXPORT));
        CheckpointFile.write(key, checkpointer.all(), out);
    }

    private byte @Nullable [] trustedKey() {
        try {
            return signer.publicKey();
        } catch (RuntimeException e) {
            return null; // no signing key yet (uninitialised vault): nothing can have been signed
        }
    }

    private void keep(VerificationReport report) {
        jdbc.sql("""
                        insert into audit_verification (ok, events, head_hash, checkpoints, waiting, broken_position,
                                                        broken_event, problem, key_fingerprint, checked_at)
                        values (:ok, :events, :head, :checkpoints, :waiting, :position, :event, :problem, :key, :at)
                        """)
                .param("ok", report.ok())
                .param("events", report.events())
                .param("head", report.headHash())
                .param("checkpoints", report.checkpoints())
                .param("waiting", report.waiting())
                .param("position", report.brokenPosition())
                .param("event", report.brokenEventId())
                .param("problem", report.problem())
                .param("key", report.keyFingerprint())
                .param("at", Timestamp.from(report.checkedAt()))
                .update();
    }
}
