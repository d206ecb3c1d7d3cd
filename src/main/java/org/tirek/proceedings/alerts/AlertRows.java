package org.tirek.proceedings.alerts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code safeguard_alert} table. The sealed note is returned as bytes; the service opens it. */
@Repository
class AlertRows {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<LinkedHashMap<String, String>>> LINKS = new TypeReference<>() {};
    private static final String ORDER = """
             order by case severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2
                                    when 'LOW' then 3 else 4 end, opened_at desc, id
            """;

    private final JdbcClient jdbc;

    AlertRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An alert as stored, with its sealed note. */
    record Stored(Alert alert, byte @Nullable [] noteSealed) {}

    List<Stored> activeOf(CaseId caseId) {
        return jdbc.sql("select * from safeguard_alert where case_id = :c and status <> 'RESOLVED'" + ORDER)
                .param("c", caseId.value())
                .query(AlertRows::map)
                .list();
    }

    List<Stored> allOf(CaseId caseId) {
        return jdbc.sql("select * from safeguard_alert where case_id = :c" + ORDER)
                .param("c", caseId.value())
                .query(AlertRows::map)
                .list();
    }

    /** Active alerts across all cases (the caller filters by access). */
    List<Stored> active() {
        return jdbc.sql("select * from safeguard_alert where status <> 'RESOLVED'" + ORDER)
                .query(AlertRows::map)
                .list();
    }

    Optional<Stored> find(UUID id) {
        return jdbc.sql("select * from safeguard_alert where id = :id")
                .param("id", id)
                .query(AlertRows::map)
                .optional();
    }

    /** Inserts an open alert unless one is active for the same rule and subject; whether it did. */
    boolean open(CaseId caseId, Finding f, Instant at) {
        return jdbc.sql("""
                        insert into safeguard_alert (id, case_id, rule, subject, severity, explanation_key,
                                                     explanation_args, links, status, opened_at, changed_at)
                        values (:id, :c, :rule, :subject, :severity, :key, cast(:args as jsonb),
                                cast(:links as jsonb), 'OPEN', :at, :at)
                        on conflict (case_id, rule, subject) where status <> 'RESOLVED' do nothing
                        """)
                        .param("id", UUID.randomUUID())
                        .param("c", caseId.value())
                        .param("rule", f.rule())
                        .param("subject", f.subject())
                        .param("severity", f.severity().name())
                        .param("key", f.explanationKey())
                        .param("args", JSON.writeValueAsString(f.args()))
                        .param("links", links(f.links()))
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Brings an active alert's facts up to date (e.g. more days in provisional arrest); keeps its status. */
    void refresh(UUID id, Finding f, Instant at) {
        jdbc.sql("""
                        update safeguard_alert set severity = :severity, explanation_key = :key,
                               explanation_args = cast(:args as jsonb), links = cast(:links as jsonb), changed_at = :at
                         where id = :id and status <> 'RESOLVED'
                        """)
                .param("id", id)
                .param("severity", f.severity().name())
                .param("key", f.explanationKey())
                .param("args", JSON.writeValueAsString(f.args()))
                .param("links", links(f.links()))
                .param("at", Timestamp.from(at))
                .update();
    }

    void resolve(UUID id, Instant at) {
        jdbc.sql("""
                        update safeguard_alert set status = 'RESOLVED', resolved_at = :at, changed_at = :at
                         where id = :id and status <> 'RESOLVED'
                        """).param("id", id).param("at", Timestamp.from(at)).update();
    }

    /** Acknowledges an open alert; false when it is not open (any more). */
    boolean acknowledge(UUID id, UUID by, String byName, byte @Nullable [] noteSealed, Instant at) {
        return jdbc.sql("""
                        update safeguard_alert set status = 'ACKNOWLEDGED', acknowledged_by = :by,
                               acknowledged_by_name = :name, acknowledged_at = :at, ack_note_sealed = :note,
                               changed_at = :at
                         where id = :id and status = 'OPEN'
                        """)
                        .param("id", id)
                        .param("by", by)
                        .param("name", byName)
                        .param("note", noteSealed)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    private static String links(List<AlertLink> links) {
        List<Map<String, String>> out = new ArrayList<>();
        for (AlertLink l : links) {
            out.add(Map.of(
                    "proceeding", l.proceeding().toString(), "type", l.type().name()));
        }
        return JSON.writeValueAsString(out);
    }

    private static Stored map(ResultSet rs, int n) throws SQLException {
        List<AlertLink> links = JSON.readValue(rs.getString("links"), LINKS).stream()
                .map(m -> new AlertLink(
                        ProceedingId.of(UUID.fromString(m.getOrDefault("proceeding", ""))),
                        ProceedingType.valueOf(m.getOrDefault("type", ""))))
                .toList();
        byte[] note = rs.getBytes("ack_note_sealed");
        Alert alert = new Alert(
                rs.getObject("id", UUID.class),
                CaseId.of(rs.getObject("case_id", UUID.class)),
                rs.getString("rule"),
                rs.getString("subject"),
                Severity.valueOf(rs.getString("severity")),
                rs.getString("explanation_key"),
                JSON.readValue(rs.getString("explanation_args"), STRINGS),
                links,
                AlertStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("acknowledged_by_name"),
                instant(rs.getTimestamp("acknowledged_at")),
                note != null,
                null,
                instant(rs.getTimestamp("resolved_at")));
        return new Stored(alert, note);
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
