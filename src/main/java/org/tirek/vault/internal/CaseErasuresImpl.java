package org.tirek.vault.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.identity.Actors;
import org.tirek.identity.CaseAccess;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.CaseErased;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

@Service
class CaseErasuresImpl implements CaseErasures {

    private static final Logger log = LoggerFactory.getLogger(CaseErasuresImpl.class);
    /** Reasons outlive the case, so they are sealed under the organisation's key, not the case's. */
    static final KeyScope REASONS = KeyScope.named("org", "erasures");

    static final int RECENT_DECISIONS = 50;

    private final JdbcClient jdbc;
    private final FieldEncryption fields;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final VaultAudit audit;
    private final Clock clock;

    CaseErasuresImpl(
            JdbcClient jdbc,
            FieldEncryption fields,
            CaseAccess access,
            ApplicationEventPublisher events,
            VaultAudit audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.fields = fields;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Request request(TirekUser who, UUID caseId, String reason, boolean keepStructural) {
        access.check(who, caseId);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw new InvalidRequestException(
                    "A reason of 1 to 1000 characters is required", Map.of("reason", "required"));
        }
        if (fields.shredded(KeyScope.ofCase(caseId))) {
            throw new InvalidRequestException(
                    "This case was already erased", Map.of("caseId", CaseErasures.ALREADY_ERASED));
        }
        UUID id = UUID.randomUUID();
        byte[] sealed = fields.seal(REASONS, FieldRef.of("erasure_request", "reason", id), why)
                .stored();
        try {
            jdbc.sql("""
                            insert into erasure_request (id, case_id, keep_structural, reason_sealed, requested_by,
                                                         requested_by_name, requested_at)
                            values (:id, :c, :k, :r, :by, :name, :at)
                            """)
                    .param("id", id)
                    .param("c", caseId)
                    .param("k", keepStructural)
                    .param("r", sealed)
                    .param("by", who.id())
                    .param("name", who.getUsername())
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new InvalidRequestException(
                    "An erasure of this case is already waiting for approval",
                    Map.of("caseId", CaseErasures.ALREADY_PENDING));
        }
        audit.record(Actors.of(who), VaultAudit.ERASURE_REQUEST, "erasure_request", id, caseId);
        return find(id);
    }

    @Override
    public List<Request> pending(TirekUser who) {
        requireApprover(who);
        List<Request> pending = pending();
        audit.record(Actors.of(who), VaultAudit.ERASURE_LIST);
        return pending;
    }

    @Override
    public Overview overview(TirekUser who) {
        boolean approver = isApprover(who);
        Overview overview = new Overview(approver ? pending() : List.of(), recentDecisions(approver ? null : who));
        audit.record(Actors.of(who), VaultAudit.ERASURE_LIST);
        return overview;
    }

    private List<Request> pending() {
        return requests(jdbc.sql("select id from erasure_request where outcome is null order by requested_at"));
    }

    /** The last decisions, newest first: all of them, or those on {@code asker}'s requests. */
    private List<Request> recentDecisions(@Nullable TirekUser asker) {
        String sql = "select id from erasure_request where outcome is not null"
                + (asker == null ? "" : " and requested_by = :asker")
                + " order by decided_at desc, id limit :limit";
        JdbcClient.StatementSpec query = jdbc.sql(sql).param("limit", RECENT_DECISIONS);
        if (asker != null) query = query.param("asker", asker.id());
        return requests(query);
    }

    private List<Request> requests(JdbcClient.StatementSpec ids) {
        return ids.query((rs, n) -> rs.getObject("id", UUID.class)).list().stream()
                .map(this::find)
                .toList();
    }

    @Override
    @Transactional
    public Request approve(TirekUser who, UUID requestId) {
        Request request = decide(who, requestId, "APPROVED");
        audit.record(Actors.of(who), VaultAudit.ERASURE_APPROVE, "erasure_request", requestId, request.caseId());
        fields.shred(KeyScope.ofCase(request.caseId()));
        log.warn("Case erased by crypto-shredding (request {})", requestId);
        events.publishEvent(
                new CaseErased(request.caseId(), request.keepStructural(), requestId, who.id(), who.getUsername()));
        return find(requestId);
    }

    @Override
    @Transactional
    public Request reject(TirekUser who, UUID requestId) {
        Request request = decide(who, requestId, "REJECTED");
        audit.record(Actors.of(who), VaultAudit.ERASURE_REJECT, "erasure_request", requestId, request.caseId());
        return find(requestId);
    }

    private Request decide(TirekUser who, UUID requestId, String outcome) {
        requireApprover(who);
        Request request = find(requestId);
        if (request.outcome() != null) {
            throw new InvalidRequestException(
                    "This request was already decided", Map.of("outcome", CaseErasures.ALREADY_DECIDED));
        }
        UUID requester = jdbc.sql("select requested_by from erasure_request where id = :id")
                .param("id", requestId)
                .query(UUID.class)
                .single();
        if (requester.equals(who.id())) {
            throw new InvalidRequestException(
                    "A second person must decide: you asked for this erasure yourself",
                    Map.of("decidedBy", CaseErasures.SAME_PERSON));
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        update erasure_request set decided_by = :by, decided_by_name = :name, decided_at = :at,
                                                   outcome = :o
                         where id = :id and outcome is null
                        """)
                .param("by", who.id())
                .param("name", who.getUsername())
                .param("at", Timestamp.from(now))
                .param("o", outcome)
                .param("id", requestId)
                .update();
        return request;
    }

    private static void requireApprover(TirekUser who) {
        if (!isApprover(who)) throw new AccessDeniedException("Only coordinators and administrators decide erasures");
    }

    private static boolean isApprover(TirekUser who) {
        return who.role() == Role.COORDINATOR || who.role() == Role.ADMIN;
    }

    private Request find(UUID id) {
        return jdbc.sql("""
                        select id, case_id, keep_structural, reason_sealed, requested_by_name, requested_at,
                               decided_by_name, decided_at, outcome
                          from erasure_request where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decided_at");
                    return new Request(
                            rs.getObject("id", UUID.class),
                            rs.getObject("case_id", UUID.class),
                            rs.getBoolean("keep_structural"),
                            fields.open(
                                    REASONS,
                                    FieldRef.of("erasure_request", "reason", id),
                                    SealedText.fromStored(rs.getBytes("reason_sealed"))),
                            rs.getString("requested_by_name"),
                            rs.getTimestamp("requested_at").toInstant(),
                            rs.getString("decided_by_name"),
                            decided == null ? null : decided.toInstant(),
                            rs.getString("outcome"));
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("No such erasure request"));
    }
}
