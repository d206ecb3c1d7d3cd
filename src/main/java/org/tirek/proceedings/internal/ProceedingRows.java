package org.tirek.proceedings.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.machine.MachineState;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code proceeding} table: structural columns and the derived state. */
@Repository
class ProceedingRows {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> REGIONS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ProceedingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            ProceedingSummary p,
            @Nullable UUID leadId,
            @Nullable UUID backupId,
            byte @Nullable [] referenceSealed,
            UUID createdBy,
            Instant at) {
        jdbc.sql("""
                        insert into proceeding (id, case_id, type, jurisdiction, title, forum_id, reference_sealed,
                                                client_role, requesting_state, opened_on, lead_lawyer_id, lead_lawyer_name,
                                                backup_lawyer_id, backup_lawyer_name, state, second_state, regions,
                                                terminal, created_by, created_at, version)
                        values (:id, :caseId, :type, :jurisdiction, :title, :forum, :reference, :role, :requesting,
                                :openedOn, :leadId, :lead, :backupId, :backup, :state, :second, cast(:regions as jsonb),
                                :terminal, :by, :at, 0)
                        """)
                .param("id", p.id().value())
                .param("caseId", p.caseId().value())
                .param("type", p.type().name())
                .param("jurisdiction", p.jurisdiction())
                .param("title", p.title())
                .param("forum", p.forumId())
                .param("reference", referenceSealed)
                .param("role", p.clientRole().name())
                .param("requesting", p.requestingState())
                .param("openedOn", Date.valueOf(p.openedOn()))
                .param("leadId", leadId)
                .param("lead", p.leadLawyer())
                .param("backupId", backupId)
                .param("backup", p.backupLawyer())
                .param("state", p.mainState())
                .param("second", second(p.state()))
                .param("regions", JSON.writeValueAsString(p.state()))
                .param("terminal", p.terminal())
                .param("by", createdBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    Optional<ProceedingSummary> find(ProceedingId id) {
        return jdbc.sql("select * from proceeding where id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<ProceedingSummary> ofCase(CaseId caseId) {
        return jdbc.sql("select * from proceeding where case_id = :c order by opened_on, created_at")
                .param("c", caseId.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    byte @Nullable [] referenceSealed(ProceedingId id) {
        return jdbc.sql("select reference_sealed from proceeding where id = :id")
                .param("id", id.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    /** Stores a newly derived state if the row is still at {@code version}; returns whether it was. */
    boolean updateState(ProceedingId id, int version, MachineState state, boolean terminal) {
        return jdbc.sql("""
                                update proceeding set state = :state, second_state = :second,
                                                      regions = cast(:regions as jsonb), terminal = :terminal,
                                                      version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("state", state.main())
                        .param("second", second(state.regions()))
                        .param("regions", JSON.writeValueAsString(state.regions()))
                        .param("terminal", terminal)
                        .param("id", id.value())
                        .param("version", version)
                        .update()
                == 1;
    }

    private static @Nullable String second(Map<String, String> regions) {
        return regions.values().stream().skip(1).findFirst().orElse(null);
    }

    static ProceedingSummary map(ResultSet rs) throws SQLException {
        return new ProceedingSummary(
                ProceedingId.of(rs.getObject("id", UUID.class)),
                CaseId.of(rs.getObject("case_id", UUID.class)),
                ProceedingType.valueOf(rs.getString("type")),
                rs.getString("jurisdiction"),
                rs.getString("title"),
                rs.getObject("forum_id", UUID.class),
                ClientRole.valueOf(rs.getString("client_role")),
                rs.getString("requesting_state"),
                rs.getDate("opened_on").toLocalDate(),
                JSON.readValue(rs.getString("regions"), REGIONS),
                rs.getBoolean("terminal"),
                rs.getString("lead_lawyer_name"),
                rs.getString("backup_lawyer_name"),
                rs.getInt("version"));
    }
}
