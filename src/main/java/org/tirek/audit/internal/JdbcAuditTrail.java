package org.tirek.audit.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;

/**
 * Inserts an entry and its place in the sealer's queue in one statement, in the caller's
 * transaction. Nothing here takes a lock: concurrent requests only append rows, and the sealer
 * chains them afterwards in the order of their ids.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    /** The platform's request id in the log context; never taken from the client. */
    static final String REQUEST_ID = "requestId";

    private static final String INSERT = """
            with e as (
                insert into audit_event (recorded_at, actor_kind, actor_id, actor_name, action, kind,
                                         subject_type, subject_id, case_id, request_id, outcome)
                values (:at, :actorKind, :actorId, :actorName, :action, :kind,
                        :subjectType, :subjectId, :caseId, :requestId, :outcome)
                returning id)
            insert into audit_pending (event_id) select id from e
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate alone;
    private final Clock clock;

    JdbcAuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    public void record(AuditEntry entry) {
        insert(entry);
    }

    @Override
    public void recordAlone(AuditEntry entry) {
        alone.executeWithoutResult(status -> insert(entry));
    }

    private void insert(AuditEntry entry) {
        @Nullable String requestId = MDC.get(REQUEST_ID);
        jdbc.sql(INSERT)
                .param("at", OffsetDateTime.ofInstant(Canonical.truncate(clock.instant()), ZoneOffset.UTC))
                .param("actorKind", entry.actor().kind().name())
                .param("actorId", entry.actor().id())
                .param("actorName", entry.actor().name())
                .param("action", entry.action().name())
                .param("kind", entry.action().kind().name())
                .param("subjectType", entry.subjectType())
                .param("subjectId", entry.subjectId())
                .param("caseId", entry.caseId())
                .param("requestId", requestId)
                .param("outcome", entry.outcome().name())
                .update();
    }
}
