package org.tirek.proceedings.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a case's snapshot for the rules: structural columns of the proceedings module's own tables
 * only (no sealed column is selected), in four queries whatever the number of proceedings.
 */
@Repository
class CaseSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;

    CaseSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseSnapshot of(CaseId caseId, List<DueDeadlines.DueDeadline> due) {
        Map<UUID, List<CaseSnapshot.Event>> events = events(caseId);
        Map<UUID, List<CaseSnapshot.ChargeFact>> charges = charges(caseId);
        List<CaseSnapshot.Proc> proceedings = jdbc.sql("""
                        select id, type, jurisdiction, requesting_state, client_role, opened_on, regions, terminal
                          from proceeding where case_id = :c order by opened_on, created_at
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new CaseSnapshot.Proc(
                            ProceedingId.of(id),
                            ProceedingType.valueOf(rs.getString("type")),
                            rs.getString("jurisdiction"),
                            rs.getString("requesting_state"),
                            ClientRole.valueOf(rs.getString("client_role")),
                            rs.getDate("opened_on").toLocalDate(),
                            JSON.readValue(rs.getString("regions"), MAP),
                            rs.getBoolean("terminal"),
                            events.getOrDefault(id, List.of()),
                            charges.getOrDefault(id, List.of()));
                })
                .list();
        List<CaseSnapshot.Link> links = jdbc.sql("""
                        select l.from_id, l.to_id, l.kind from proceeding_link l
                          join proceeding p on p.id = l.from_id where p.case_id = :c
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> new CaseSnapshot.Link(
                        ProceedingId.of(rs.getObject("from_id", UUID.class)),
                        ProceedingId.of(rs.getObject("to_id", UUID.class)),
                        LinkKind.valueOf(rs.getString("kind"))))
                .list();
        return new CaseSnapshot(caseId, proceedings, links, facts(caseId), due);
    }

    Set<SafeguardFact> facts(CaseId caseId) {
        Set<SafeguardFact> facts = EnumSet.noneOf(SafeguardFact.class);
        jdbc.sql("select fact from case_safeguard_fact where case_id = :c")
                .param("c", caseId.value())
                .query(String.class)
                .list()
                .forEach(f -> facts.add(SafeguardFact.valueOf(f)));
        return facts;
    }

    /** The cases the daily pass looks at: those with a proceeding that has not ended, or an active alert. */
    List<CaseId> casesToReview() {
        return jdbc.sql("""
                        select distinct case_id from proceeding where not terminal
                        union
                        select distinct case_id from safeguard_alert where status <> 'RESOLVED'
                        """)
                .query((rs, n) -> CaseId.of(rs.getObject(1, UUID.class)))
                .list();
    }

    private Map<UUID, List<CaseSnapshot.Event>> events(CaseId caseId) {
        record Row(
                UUID id,
                UUID proceeding,
                String type,
                Instant at,
                ZoneId zone,
                Map<String, String> attributes,
                @org.jspecify.annotations.Nullable UUID voids) {}
        List<Row> rows = jdbc.sql("""
                        select e.id, e.proceeding_id, e.type, e.occurred_at, e.occurred_zone, e.attributes, e.voids
                          from proceeding_event e join proceeding p on p.id = e.proceeding_id
                         where p.case_id = :c order by e.occurred_at, e.seq
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("proceeding_id", UUID.class),
                        rs.getString("type"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        ZoneId.of(rs.getString("occurred_zone")),
                        JSON.readValue(rs.getString("attributes"), MAP),
                        rs.getObject("voids", UUID.class)))
                .list();
        Set<UUID> voided = new HashSet<>();
        rows.forEach(r -> {
            if (r.voids() != null) voided.add(r.voids());
        });
        Map<UUID, List<CaseSnapshot.Event>> byProceeding = new HashMap<>();
        for (Row r : rows) {
            if (voided.contains(r.id()) || r.type().equals("CORRECTION")) continue;
            byProceeding
                    .computeIfAbsent(r.proceeding(), k -> new ArrayList<>())
                    .add(new CaseSnapshot.Event(
                            r.id(), r.type(), r.at(), r.at().atZone(r.zone()).toLocalDate(), r.attributes()));
        }
        return byProceeding;
    }

    private Map<UUID, List<CaseSnapshot.ChargeFact>> charges(CaseId caseId) {
        Map<UUID, List<CaseSnapshot.ChargeFact>> byProceeding = new HashMap<>();
        jdbc.sql("""
                        select c.proceeding_id, c.category, c.max_penalty_months, c.life_or_death
                          from proceeding_charge c join proceeding p on p.id = c.proceeding_id
                         where p.case_id = :c order by c.created_at
                        """).param("c", caseId.value()).query(rs -> {
            byProceeding
                    .computeIfAbsent(rs.getObject("proceeding_id", UUID.class), k -> new ArrayList<>())
                    .add(new CaseSnapshot.ChargeFact(
                            ChargeCategory.valueOf(rs.getString("category")),
                            (Integer) rs.getObject("max_penalty_months"),
                            rs.getBoolean("life_or_death")));
        });
        return byProceeding;
    }
}
