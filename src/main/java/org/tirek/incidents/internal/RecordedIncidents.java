package org.tirek.incidents.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.incidents.AgeBand;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.Perpetrator;
import org.tirek.incidents.Relationship;
import org.tirek.incidents.ReportingDelay;
import org.tirek.incidents.Sex;

/** The {@code incident}, {@code incident_context} and {@code incident_perpetrator} tables. */
@Repository
class RecordedIncidents {

    private final JdbcClient jdbc;

    RecordedIncidents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who recorded or changed an incident, and when. */
    record Writer(UUID id, String name, Instant at) {}

    void insert(
            IncidentId id,
            CaseId caseId,
            IncidentInput in,
            ReportingDelay delay,
            byte @Nullable [] narrative,
            Writer writer) {
        jdbc.sql("""
                        insert into incident (id, case_id, core_type, reported_on, occurred_from, occurred_precision,
                                              time_of_day, region, area_category, prior_incidents,
                                              reported_by_survivor, reporting_delay, reporting_delay_days,
                                              narrative_sealed, recorded_by, recorded_by_name, recorded_at,
                                              changed_at, version)
                        values (:id, :caseId, :type, :reportedOn, :occurredFrom, :precision, :timeOfDay, :region,
                                :area, :prior, :bySurvivor, :delay, :delayDays, :narrative, :by, :byName, :at, :at, 0)
                        """)
                .params(fields(in, delay, narrative))
                .param("id", id.value())
                .param("caseId", caseId.value())
                .param("by", writer.id())
                .param("byName", writer.name())
                .param("at", Timestamp.from(writer.at()))
                .update();
        writeParts(id, in);
    }

    /** Replaces the incident's fields if it is still at {@code version}; returns whether it was. */
    boolean update(
            IncidentId id,
            int version,
            IncidentInput in,
            ReportingDelay delay,
            byte @Nullable [] narrative,
            Instant at) {
        int updated = jdbc.sql("""
                        update incident
                           set core_type = :type, reported_on = :reportedOn, occurred_from = :occurredFrom,
                               occurred_precision = :precision, time_of_day = :timeOfDay, region = :region,
                               area_category = :area, prior_incidents = :prior, reported_by_survivor = :bySurvivor,
                               reporting_delay = :delay, reporting_delay_days = :delayDays,
                               narrative_sealed = :narrative, changed_at = :at, version = version + 1
                         where id = :id and version = :version
                        """)
                .params(fields(in, delay, narrative))
                .param("id", id.value())
                .param("version", version)
                .param("at", Timestamp.from(at))
                .update();
        if (updated != 1) return false;
        jdbc.sql("delete from incident_context where incident_id = :id")
                .param("id", id.value())
                .update();
        jdbc.sql("delete from incident_perpetrator where incident_id = :id")
                .param("id", id.value())
                .update();
        writeParts(id, in);
        return true;
    }

    Optional<IncidentRow> find(IncidentId id) {
        List<IncidentRow> found = select("i.id = :id", Map.of("id", id.value()));
        return found.stream().findFirst();
    }

    /** The case's incidents, most recently reported first. */
    List<IncidentRow> ofCase(CaseId caseId) {
        return select("i.case_id = :caseId", Map.of("caseId", caseId.value()));
    }

    /** Forgets the narratives of the case's incidents (their key is destroyed); returns the incidents' ids. */
    List<UUID> dropNarratives(CaseId caseId, Instant at) {
        return jdbc.sql("""
                        update incident set narrative_sealed = null, changed_at = :at, version = version + 1
                         where case_id = :caseId returning id
                        """)
                .param("caseId", caseId.value())
                .param("at", Timestamp.from(at))
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** Deletes the case's incidents with their contexts and perpetrators; returns their ids. */
    List<UUID> deleteOfCase(CaseId caseId) {
        return jdbc.sql("delete from incident where case_id = :caseId returning id")
                .param("caseId", caseId.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    private static Map<String, @Nullable Object> fields(
            IncidentInput in, ReportingDelay delay, byte @Nullable [] narrative) {
        PartialDate occurred = in.occurredOn();
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("type", in.type().name());
        params.put("reportedOn", in.reportedOn());
        params.put("occurredFrom", occurred == null ? null : occurred.firstDay());
        params.put("precision", occurred == null ? null : occurred.precision().name());
        params.put("timeOfDay", in.timeOfDay().name());
        params.put("region", in.region() == null ? null : in.region().code());
        params.put("area", in.area() == null ? null : in.area().name());
        params.put("prior", in.priorIncidents().name());
        params.put("bySurvivor", in.reportedBySurvivor());
        params.put("delay", delay.band().name());
        params.put("delayDays", delay.days());
        params.put("narrative", narrative);
        return params;
    }

    private void writeParts(IncidentId id, IncidentInput in) {
        for (CaseContext context : in.contexts()) {
            jdbc.sql("insert into incident_context (incident_id, context) values (:id, :context)")
                    .param("id", id.value())
                    .param("context", context.name())
                    .update();
        }
        int position = 0;
        for (Perpetrator p : in.perpetrators()) {
            jdbc.sql("""
                            insert into incident_perpetrator (incident_id, position, relationship, count, age_band, sex)
                            values (:id, :position, :relationship, :count, :ageBand, :sex)
                            """)
                    .param("id", id.value())
                    .param("position", position++)
                    .param("relationship", p.relationship().name())
                    .param("count", p.count(), java.sql.Types.INTEGER)
                    .param("ageBand", p.ageBand().name())
                    .param("sex", p.sex().name())
                    .update();
        }
    }

    /** Incidents matching {@code condition} (over bound parameters), with their contexts and perpetrators. */
    private List<IncidentRow> select(String condition, Map<String, Object> params) {
        Map<UUID, Set<CaseContext>> contexts = new HashMap<>();
        jdbc.sql("select c.incident_id, c.context from incident_context c join incident i on i.id = c.incident_id"
                        + " where " + condition)
                .params(params)
                .query(rs -> {
                    contexts.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(CaseContext.class))
                            .add(CaseContext.valueOf(rs.getString(2)));
                });
        Map<UUID, List<Perpetrator>> perpetrators = new HashMap<>();
        jdbc.sql("select p.incident_id, p.relationship, p.count, p.age_band, p.sex from incident_perpetrator p"
                        + " join incident i on i.id = p.incident_id where " + condition + " order by p.position")
                .params(params)
                .query(rs -> {
                    perpetrators
                            .computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Perpetrator(
                                    Relationship.valueOf(rs.getString(2)),
                                    rs.getObject(3, Integer.class),
                                    AgeBand.valueOf(rs.getString(4)),
                                    Sex.valueOf(rs.getString(5))));
                });
        return jdbc.sql("select " + IncidentRow.COLUMNS + " from incident i where " + condition
                        + " order by i.reported_on desc, i.recorded_at desc, i.id")
                .params(params)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return IncidentRow.map(
                            rs,
                            contexts.getOrDefault(id, EnumSet.noneOf(CaseContext.class)),
                            perpetrators.getOrDefault(id, List.of()));
                })
                .list();
    }
}
