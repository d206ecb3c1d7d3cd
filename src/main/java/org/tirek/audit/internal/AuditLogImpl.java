package org.tirek.audit.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditFilter;
import org.tirek.audit.AuditLog;
import org.tirek.audit.AuditRecord;
import org.tirek.audit.AuditTrail;
import org.tirek.platform.InvalidRequestException;

@Service
class AuditLogImpl implements AuditLog {

    static final int MAX_PAGE = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate tx;
    private final AuditTrail trail;

    AuditLogImpl(JdbcClient jdbc, DataSource dataSource, TransactionTemplate tx, AuditTrail trail) {
        this.jdbc = jdbc;
        this.streaming = new NamedParameterJdbcTemplate(dataSource);
        this.streaming.getJdbcTemplate().setFetchSize(5_000);
        this.tx = tx;
        this.trail = trail;
    }

    @Override
    public Page search(Actor viewer, AuditFilter filter, @Nullable Long olderThan, int limit) {
        trail.record(AuditEntry.of(viewer, AuditActions.SEARCH).inCase(filter.caseId()));
        return page(filter, olderThan, limit);
    }

    @Override
    public Page caseAccess(Actor viewer, UUID caseId, @Nullable Long olderThan, int limit) {
        trail.record(AuditEntry.of(viewer, AuditActions.CASE_ACCESS_LOG)
                .about("case", caseId)
                .inCase(caseId));
        return page(AuditFilter.ofCase(caseId), olderThan, limit);
    }

    @Override
    public void export(Actor viewer, AuditFilter filter, Consumer<AuditRecord> sink) {
        trail.recordAlone(AuditEntry.of(viewer, AuditActions.EXPORT).inCase(filter.caseId()));
        Query query = Query.of(filter, null);
        tx.executeWithoutResult(status -> streaming.query(
                "select " + EventRow.COLUMNS + ", c.seq from audit_event e left join audit_chain c on c.event_id = e.id"
                        + query.where() + " order by e.id",
                query.params(),
                (RowCallbackHandler) rs -> sink.accept(EventRow.from(rs).toRecord(position(rs)))));
    }

    private Page page(AuditFilter filter, @Nullable Long olderThan, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequestException(
                    "A page holds 1 to " + MAX_PAGE + " entries", Map.of("limit", "1 to " + MAX_PAGE));
        }
        Query query = Query.of(filter, olderThan);
        var statement = jdbc.sql("select " + EventRow.COLUMNS
                + ", c.seq from audit_event e left join audit_chain c on c.event_id = e.id" + query.where()
                + " order by e.id desc limit :limit");
        for (var p : query.params().entrySet()) statement = statement.param(p.getKey(), p.getValue());
        List<AuditRecord> rows = statement
                .param("limit", limit + 1)
                .query((rs, n) -> EventRow.from(rs).toRecord(position(rs)))
                .list();
        if (rows.size() <= limit) return new Page(rows, null);
        List<AuditRecord> shown = rows.subList(0, limit);
        return new Page(List.copyOf(shown), shown.get(limit - 1).id());
    }

    private static @Nullable Long position(java.sql.ResultSet rs) throws java.sql.SQLException {
        long seq = rs.getLong("seq");
        return rs.wasNull() ? null : seq;
    }

    /** A filter as SQL conditions over bound parameters. */
    private record Query(String where, Map<String, Object> params) {

        static Query of(AuditFilter filter, @Nullable Long olderThan) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (filter.actor() != null) {
                conditions.add("e.actor_name = :actor");
                params.put("actor", filter.actor());
            }
            if (filter.caseId() != null) {
                conditions.add("e.case_id = :caseId");
                params.put("caseId", filter.caseId());
            }
            if (filter.action() != null) {
                conditions.add(filter.action().endsWith(".") ? "starts_with(e.action, :action)" : "e.action = :action");
                params.put("action", filter.action());
            }
            if (filter.outcome() != null) {
                conditions.add("e.outcome = :outcome");
                params.put("outcome", filter.outcome().name());
            }
            if (filter.from() != null) {
                conditions.add("e.recorded_at >= :from");
                params.put("from", Timestamp.from(filter.from()));
            }
            if (filter.to() != null) {
                conditions.add("e.recorded_at < :to");
                params.put("to", Timestamp.from(filter.to()));
            }
            if (olderThan != null) {
                conditions.add("e.id < :olderThan");
                params.put("olderThan", olderThan);
            }
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            return new Query(where, params);
        }
    }
}
