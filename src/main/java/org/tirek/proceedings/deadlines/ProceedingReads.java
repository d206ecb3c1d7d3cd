package org.tirek.proceedings.deadlines;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the proceeding tables' structural columns for the deadline engine (never notes). */
@Repository
class ProceedingReads {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ProceedingReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ProceedingFacts> facts(ProceedingId id) {
        return jdbc.sql("""
                        select id, case_id, type, jurisdiction, requesting_state, terminal, lead_lawyer_id,
                               lead_lawyer_name, backup_lawyer_id, backup_lawyer_name
                          from proceeding where id = :id
                        """)
                .param("id", id.value())
                .query((rs, n) -> new ProceedingFacts(
                        ProceedingId.of(rs.getObject("id", UUID.class)),
                        CaseId.of(rs.getObject("case_id", UUID.class)),
                        ProceedingType.valueOf(rs.getString("type")),
                        rs.getString("jurisdiction"),
                        rs.getString("requesting_state"),
                        rs.getBoolean("terminal"),
                        rs.getObject("lead_lawyer_id", UUID.class),
                        rs.getString("lead_lawyer_name"),
                        rs.getObject("backup_lawyer_id", UUID.class),
                        rs.getString("backup_lawyer_name")))
                .optional();
    }

    /** The proceeding's events in the order they happened (ties in the order recorded). */
    List<ProceedingFacts.Event> events(ProceedingId id) {
        return jdbc.sql("""
                        select id, seq, type, occurred_at, occurred_zone, date_only, attributes, voids
                          from proceeding_event where proceeding_id = :p order by occurred_at, seq
                        """)
                .param("p", id.value())
                .query((rs, n) -> new ProceedingFacts.Event(
                        rs.getObject("id", UUID.class),
                        rs.getInt("seq"),
                        rs.getString("type"),
                        new OccurredAt(
                                rs.getTimestamp("occurred_at").toInstant(),
                                ZoneId.of(rs.getString("occurred_zone")),
                                rs.getBoolean("date_only")),
                        JSON.readValue(rs.getString("attributes"), ATTRIBUTES),
                        rs.getObject("voids", UUID.class)))
                .list();
    }

    List<ProceedingId> all() {
        return jdbc.sql("select id from proceeding order by created_at")
                .query((rs, n) -> ProceedingId.of(rs.getObject("id", UUID.class)))
                .list();
    }
}
