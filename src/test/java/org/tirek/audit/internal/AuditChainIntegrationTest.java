package org.tirek.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.Checkpoint;
import org.tirek.audit.CheckpointFile;
import org.tirek.audit.VerificationReport;
import org.tirek.audit.Witness;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The chain itself, in a context of its own whose sealer does not run by schedule: the test decides
 * when entries are chained. Tampering happens as an attacker with database superuser rights would
 * do it (triggers off through {@code session_replication_role}); every test puts the rows back.
 */
@TirekTest
@TestPropertySource(
        properties = {
            "tirek.audit.seal-interval=1h",
            "tirek.audit.checkpoint.every-events=50",
            "tirek.audit.verify-on-start=false",
            "tirek.vault.kdf.target=1ms"
        })
class AuditChainIntegrationTest {

    static final Actor TESTER = Actor.system("test");
    static final AuditAction ACTION = AuditAction.write("test.chained");

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerification verification;

    @Autowired
    ChainSealer sealer;

    @Autowired
    Checkpointer checkpointer;

    @Autowired
    ChainVerifier chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Vault vault;

    @BeforeEach
    void unsealedAndIntact() {
        VaultFixture.unsealed(vault);
        assertThat(verify(null).problem()).isNull();
    }

    @Test
    void aRolledBackChangeLeavesNoEntryAndACommittedOneAlwaysHasOne() {
        String marker = "m" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(status -> {
            trail.record(entry("rolled_back", marker));
            trail.recordAlone(entry("refused", marker));
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> trail.record(entry("committed", marker)));
        assertThat(jdbc.sql("select action from audit_event where subject_id = :m order by id")
                        .param("m", marker)
                        .query(String.class)
                        .list())
                .containsExactly("test.refused", "test.committed");
    }

    @Test
    void concurrentWritersAreChainedWithoutGapsOrDuplicates() throws Exception {
        long before = count("audit_event");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<?> sealing = pool.submit(() -> {
                while (writing.get()) sealer.sealAll();
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 150; i++) tx.executeWithoutResult(s -> trail.record(entry("concurrent", "c")));
                }));
            }
            for (Future<?> w : writers) w.get();
            writing.set(false);
            sealing.get();
        } finally {
            pool.shutdownNow();
        }
        VerificationReport report = verify(null);
        assertThat(report.problem()).isNull();
        assertThat(count("audit_event")).isEqualTo(before + 8 * 150 + 1); // + the verification's own entry
        long chained = count("audit_chain");
        assertThat(jdbc.sql("select max(seq) from audit_chain")
                        .query(Long.class)
                        .single())
                .isEqualTo(chained);
        assertThat(jdbc.sql("select count(distinct event_id) from audit_chain")
                        .query(Long.class)
                        .single())
                .isEqualTo(chained);
        assertThat(report.events()).isEqualTo(chained); // the verification's own entry waits for the next run
    }

    @Test
    void aSealerStoppedInTheMiddleOfABatchLosesNothing() {
        for (int i = 0; i < 30; i++) trail.record(entry("interrupted", "i" + i));
        long head = headPosition();
        tx.executeWithoutResult(status -> {
            sealer.sealBatch(10); // joins this transaction...
            status.setRollbackOnly(); // ...which dies as a killed process's would
        });
        assertThat(headPosition()).isEqualTo(head);
        assertThat(count("audit_pending")).isGreaterThanOrEqualTo(30);
        assertThat(sealer.sealAll()).isGreaterThanOrEqualTo(30);
        assertThat(count("audit_pending")).isZero();
        assertThat(verify(null).problem()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "recorded_at  | recorded_at + interval '1 microsecond'",
                "actor_kind   | case when actor_kind = 'SYSTEM' then 'USER' else 'SYSTEM' end",
                "actor_id     | '00000000-0000-4000-8000-000000000001'::uuid",
                "actor_name   | concat(actor_name, 'x')",
                "action       | 'test.innocent'",
                "kind         | case when kind = 'READ' then 'WRITE' else 'READ' end",
                "subject_type | 'other'",
                "subject_id   | 'another-id'",
                "case_id      | '00000000-0000-4000-8000-000000000002'::uuid",
                "request_id   | 'not-the-request'",
                "outcome      | case when outcome = 'SUCCESS' then 'DENIED' else 'SUCCESS' end"
            })
    void changingAnyFieldOfAnEntryIsNamed(String column, String tampered) {
        long victim = sealedVictim();
        Map<String, Object> original = row("audit_event", "id", victim);
        asSuperuser("update audit_event set " + column + " = " + tampered + " where id = " + victim);
        try {
            VerificationReport report = verify(null);
            assertThat(report.ok()).isFalse();
            assertThat(report.brokenEventId()).isEqualTo(victim);
            assertThat(report.brokenPosition()).isEqualTo(positionOf(victim));
            assertThat(report.problem()).contains("Entry " + victim, "does not match its recorded hash");
        } finally {
            restore("audit_event", "id", victim, original);
        }
        assertThat(verify(null).problem()).isNull();
    }

    @Test
    void changingAStoredHashIsNamed() {
        long victim = sealedVictim();
        long position = positionOf(victim);
        Map<String, Object> original = row("audit_chain", "seq", position);
        asSuperuser("update audit_chain set hash = sha256(hash) where seq = " + position);
        try {
            assertThat(verify(null).brokenPosition()).isEqualTo(position);
        } finally {
            restore("audit_chain", "seq", position, original);
        }
    }

    @Test
    void deletingAnEntryIsDetectedWhereItWas() {
        long victim = sealedVictim();
        long position = positionOf(victim);
        Map<String, Object> event = row("audit_event", "id", victim);
        Map<String, Object> link = row("audit_chain", "seq", position);
        asSuperuser(
                "delete from audit_chain where seq = " + position + "; delete from audit_event where id = " + victim);
        try {
            VerificationReport report = verify(null);
            assertThat(report.ok()).isFalse();
            assertThat(report.brokenPosition()).isEqualTo(position);
            assertThat(report.problem()).contains("position " + position + " is missing");
        } finally {
            reinsert("audit_event", event);
            reinsert("audit_chain", link);
        }
        assertThat(verify(null).problem()).isNull();
    }

    @Test
    void reorderingEntriesIsDetected() {
        long first = sealedVictim();
        long second = jdbc.sql("select max(event_id) from audit_chain")
                .query(Long.class)
                .single();
        long a = positionOf(first);
        long b = positionOf(second);
        swap(a, first, b, second);
        try {
            VerificationReport report = verify(null);
            assertThat(report.ok()).isFalse();
            assertThat(report.brokenPosition()).isEqualTo(Math.min(a, b));
        } finally {
            swap(a, second, b, first);
        }
        assertThat(verify(null).problem()).isNull();
    }

    @Test
    void removingTheTailIsCaughtOnlyByTheWitnessFile() throws Exception {
        for (int i = 0; i < 60; i++) trail.record(entry("tail", "t" + i));
        sealer.sealAll();
        assertThat(checkpointer.checkpointNow() || !checkpointer.all().isEmpty())
                .isTrue();
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        verification.exportCheckpoints(TESTER, file);
        Witness witness = CheckpointFile.read(new ByteArrayInputStream(file.toByteArray()));
        long head = witness.checkpoints().getLast().position();
        assertThat(head).isEqualTo(headPosition());

        // the attacker removes the last five entries, their links and the checkpoint that covered them
        List<Map<String, Object>> events = new ArrayList<>();
        List<Map<String, Object>> links = new ArrayList<>();
        List<Map<String, Object>> signed = new ArrayList<>();
        for (long p = head - 4; p <= head; p++) {
            links.add(row("audit_chain", "seq", p));
            events.add(row("audit_event", "id", (Long) links.getLast().get("event_id")));
            if (exists("audit_checkpoint", "seq", p)) signed.add(row("audit_checkpoint", "seq", p));
        }
        asSuperuser("delete from audit_checkpoint where seq > " + (head - 5) + "; delete from audit_chain where seq > "
                + (head - 5) + "; delete from audit_event where id in (select e.id from audit_event e where not exists"
                + " (select 1 from audit_chain c where c.event_id = e.id) and not exists (select 1 from audit_pending p"
                + " where p.event_id = e.id))");
        try {
            // the verifier itself, so that nothing new is chained onto the shortened chain meanwhile
            assertThat(chain.verify(witness.publicKey(), null).problem())
                    .as("the database alone cannot tell")
                    .isNull();
            VerificationReport withWitness = chain.verify(witness.publicKey(), witness);
            assertThat(withWitness.ok()).isFalse();
            assertThat(withWitness.problem()).contains("removed from the end");
        } finally {
            events.forEach(e -> reinsert("audit_event", e));
            links.forEach(l -> reinsert("audit_chain", l));
            signed.forEach(c -> reinsert("audit_checkpoint", c));
        }
        assertThat(verify(witness).problem()).isNull();
    }

    @Test
    void checkpointsArePlainEd25519AndAForeignKeyIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) trail.record(entry("signed", "s" + i));
        sealer.sealAll();
        checkpointer.checkpointNow();
        Checkpoint last = checkpointer.all().getLast();
        byte[] x509 = new byte[44];
        System.arraycopy(java.util.HexFormat.of().parseHex("302a300506032b6570032100"), 0, x509, 0, 12);
        System.arraycopy(last.publicKey(), 0, x509, 12, 32);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509)));
        jdk.update(last.signedBytes());
        assertThat(jdk.verify(last.signature())).isTrue();

        byte[] foreign = new byte[32];
        new Random(3).nextBytes(foreign);
        VerificationReport report = verify(new Witness(foreign, List.of()));
        assertThat(report.ok()).isFalse();
        assertThat(report.problem()).contains("no valid signature by the trusted key");
    }

    // --- helpers

    private AuditEntry entry(String what, String subject) {
        return AuditEntry.of(TESTER, AuditAction.write("test." + what)).about("test", subject);
    }

    private VerificationReport verify(Witness witness) {
        return verification.verify(TESTER, witness);
    }

    /** A chained entry somewhere before the head, so that later links exist. */
    private long sealedVictim() {
        for (int i = 0; i < 5; i++) trail.record(entry("victim", "v" + i));
        sealer.sealAll();
        long head = headPosition();
        return jdbc.sql("select event_id from audit_chain where seq = :s")
                .param("s", Math.max(1, head - 3))
                .query(Long.class)
                .single();
    }

    private long headPosition() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_chain")
                .query(Long.class)
                .single();
    }

    private long positionOf(long eventId) {
        return jdbc.sql("select seq from audit_chain where event_id = :e")
                .param("e", eventId)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private boolean exists(String table, String key, long value) {
        return jdbc.sql("select count(*) from " + table + " where " + key + " = :v")
                        .param("v", value)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, Object> row(String table, String key, long value) {
        return jdbc.sql("select * from " + table + " where " + key + " = :v")
                .param("v", value)
                .query()
                .singleRow();
    }

    private void asSuperuser(String sql) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            for (String statement : sql.split(";")) jdbc.sql(statement).update();
        });
    }

    private void restore(String table, String key, long value, Map<String, Object> original) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from " + table + " where " + key + " = :v")
                    .param("v", value)
                    .update();
            insert(table, original);
        });
    }

    private void reinsert(String table, Map<String, Object> original) {
        tx.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            insert(table, original);
        });
    }

    private void insert(String table, Map<String, Object> values) {
        var statement = jdbc.sql("insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
                + String.join(", ", values.keySet().stream().map(k -> ":" + k).toList()) + ")");
        for (var v : values.entrySet()) statement = statement.param(v.getKey(), v.getValue());
        statement.update();
    }

    private void swap(long a, long eventA, long b, long eventB) {
        asSuperuser("update audit_chain set event_id = -1 where seq = " + a + "; update audit_chain set event_id = "
                + eventA + " where seq = " + b + "; update audit_chain set event_id = " + eventB + " where seq = " + a);
    }
}
