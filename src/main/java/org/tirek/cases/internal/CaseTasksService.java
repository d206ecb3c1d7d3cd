package org.tirek.cases.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.cases.SyntheticCase;
import org.tirek.cases.TaskStatus;
import org.tirek.cases.TeamMember;
import org.tirek.cases.TimelineEntry;
import org.tirek.identity.Actors;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * Case tasks. Titles are sealed under the case's key; assignee, due date and status are structural.
 * "Overdue" means an open task due before today in the organisation's time zone
 * ({@code tirek.time-zone}).
 */
@Service
@Transactional
class CaseTasksService implements CaseTasks {

    static final AuditAction CREATE = AuditAction.write("cases.task_create");
    static final AuditAction CHANGE = AuditAction.write("cases.task_change");
    static final AuditAction LIST = AuditAction.read("cases.tasks");
    static final AuditAction MINE = AuditAction.read("cases.my_tasks");
    static final int MAX_TITLE = 500;

    private static final String SELECT = """
            select t.*, c.reference from case_task t join case_file c on c.id = t.case_id
            """;

    private final JdbcClient jdbc;
    private final CaseFiles cases;
    private final FieldEncryption fields;
    private final AuditTrail audit;
    private final Clock clock;
    private final ZoneId zone;

    CaseTasksService(
            JdbcClient jdbc,
            CaseFiles cases,
            FieldEncryption fields,
            AuditTrail audit,
            Clock clock,
            @Value("${tirek.time-zone:UTC}") ZoneId zone) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.fields = fields;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public CaseTask create(
            TirekUser who, CaseId caseId, String title, @Nullable String assignee, @Nullable LocalDate dueOn) {
        requireMember(who, caseId);
        TeamMember member = assignee == null || assignee.isBlank() ? null : teamMember(caseId, assignee);
        UUID id = insert(caseId, title, member, dueOn, "MANUAL", who.id(), who.getUsername());
        record(Actors.of(who), CREATE, caseId, id);
        return find(caseId, id);
    }

    @Override
    public CaseTask createFor(CaseId caseId, String title, @Nullable LocalDate dueOn, String origin) {
        return createFor(caseId, title, dueOn, origin, null);
    }

    @Override
    public CaseTask createFor(
            CaseId caseId, String title, @Nullable LocalDate dueOn, String origin, @Nullable String assignee) {
        if (cases.find(caseId).isEmpty()) throw new NotFoundException("No such case");
        TeamMember member = assignee == null
                ? null
                : cases.team(caseId).stream()
                        .filter(m -> m.username().equals(assignee))
                        .findFirst()
                        .orElse(null);
        UUID id = insert(caseId, title, member, dueOn, origin, new UUID(0, 0), "system");
        record(Actor.system(origin.replaceAll("[^A-Za-z0-9_.@-]", "_")), CREATE, caseId, id);
        return find(caseId, id);
    }

    @Override
    public List<CaseTask> ofCase(TirekUser who, CaseId caseId) {
        requireMember(who, caseId);
        List<CaseTask> tasks = jdbc.sql(SELECT + """
                         where t.case_id = :c
                         order by case t.status when 'OPEN' then 0 else 1 end, t.due_on nulls last, t.created_at desc
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> map(rs))
                .list();
        audit.record(AuditEntry.of(Actors.of(who), LIST)
                .about("case", caseId.value())
                .inCase(caseId.value()));
        return tasks;
    }

    @Override
    public List<CaseTask> mine(TirekUser who) {
        List<CaseTask> tasks = jdbc.sql(SELECT + """
                         where t.assignee_id = :me and t.status = 'OPEN'
                           and exists (select 1 from case_member m where m.case_id = t.case_id and m.user_id = :me)
                         order by t.due_on nulls last, t.created_at
                        """)
                .param("me", who.id())
                .query((rs, n) -> map(rs))
                .list();
        audit.record(AuditEntry.of(Actors.of(who), MINE));
        return tasks;
    }

    @Override
    public CaseTask change(
            TirekUser who,
            CaseId caseId,
            UUID taskId,
            int version,
            @Nullable String title,
            @Nullable String assignee,
            @Nullable LocalDate dueOn,
            boolean clearDue,
            @Nullable TaskStatus status) {
        requireMember(who, caseId);
        CaseTask current = find(caseId, taskId);
        if (current.status() != TaskStatus.OPEN) {
            throw new InvalidRequestException("This task is closed; open a new one", Map.of("status", "closed"));
        }
        Map<String, @Nullable Object> columns = new LinkedHashMap<>();
        if (title != null) columns.put("title_sealed", seal(caseId, taskId, validTitle(title)));
        if (assignee != null) {
            TeamMember member = assignee.isBlank() ? null : teamMember(caseId, assignee);
            columns.put("assignee_id", member == null ? null : member.userId());
            columns.put("assignee_name", member == null ? null : member.username());
        }
        if (dueOn != null) columns.put("due_on", Date.valueOf(dueOn));
        else if (clearDue) columns.put("due_on", null);
        if (status != null && status != TaskStatus.OPEN) {
            columns.put("status", status.name());
            columns.put("closed_at", Timestamp.from(clock.instant()));
            columns.put("closed_by_name", who.getUsername());
        }
        if (columns.isEmpty()) throw new InvalidRequestException("Nothing to change");
        StringBuilder sql = new StringBuilder("update case_task set version = version + 1");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id and case_id = :c and version = :version");
        var statement = jdbc.sql(sql.toString())
                .param("id", taskId)
                .param("c", caseId.value())
                .param("version", version);
        for (var c : columns.entrySet()) statement = statement.param(c.getKey(), c.getValue());
        if (statement.update() != 1) {
            throw new ConflictException("The task was changed by someone else meanwhile. Reload it and try again.");
        }
        record(Actors.of(who), CHANGE, caseId, taskId);
        return find(caseId, taskId);
    }

    /** The case's tasks on its timeline (the caller has checked access and records the read). */
    List<TimelineEntry> timeline(CaseId caseId) {
        return jdbc
                .sql(SELECT + " where t.case_id = :c")
                .param("c", caseId.value())
                .query((rs, n) -> map(rs))
                .list()
                .stream()
                .flatMap(t -> {
                    TimelineEntry created = new TimelineEntry(
                            t.createdAt(), "task", t.title(), t.createdBy(), "/cases/" + caseId + "/tasks");
                    Instant closedAt = t.closedAt();
                    if (closedAt == null) return java.util.stream.Stream.of(created);
                    return java.util.stream.Stream.of(
                            created,
                            new TimelineEntry(
                                    closedAt,
                                    "task_" + t.status().name(),
                                    t.title(),
                                    t.closedBy(),
                                    "/cases/" + caseId + "/tasks"));
                })
                .toList();
    }

    // --- helpers

    private UUID insert(
            CaseId caseId,
            String title,
            @Nullable TeamMember assignee,
            @Nullable LocalDate dueOn,
            String origin,
            UUID by,
            String byName) {
        return insert(caseId, title, assignee, dueOn, TaskStatus.OPEN, origin, by, byName, clock.instant());
    }

    /**
     * Leaves the open tasks of {@code userId} in this case unassigned, so that they show on the case
     * for someone else to take instead of hiding on the "my tasks" page of someone off the team.
     *
     * @return how many tasks lost their assignee
     */
    int unassignOpenTasks(CaseId caseId, UUID userId) {
        return jdbc.sql("""
                        update case_task set assignee_id = null, assignee_name = null, version = version + 1
                         where case_id = :c and assignee_id = :u and status = 'OPEN'
                        """).param("c", caseId.value()).param("u", userId).update();
    }

    /** A task of a generated case, with the status and creation time the generator chose. */
    void insertSynthetic(
            CaseId caseId, SyntheticCase.Task task, @Nullable TeamMember assignee, UUID by, String byName, Instant at) {
        insert(caseId, task.title(), assignee, task.dueOn(), task.status(), "SYNTHETIC", by, byName, at);
    }

    private UUID insert(
            CaseId caseId,
            String title,
            @Nullable TeamMember assignee,
            @Nullable LocalDate dueOn,
            TaskStatus status,
            String origin,
            UUID by,
            String byName,
            Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into case_task (id, case_id, title_sealed, assignee_id, assignee_name, due_on, status,
                                               origin, created_by, created_by_name, created_at, closed_at, closed_by_name)
                        values (:id, :c, :title, :assignee, :assigneeName, :due, :status, :origin, :by, :byName, :at,
                                :closedAt, :closedBy)
                        """)
                .param("id", id)
                .param("c", caseId.value())
                .param("title", seal(caseId, id, validTitle(title)))
                .param("assignee", assignee == null ? null : assignee.userId())
                .param("assigneeName", assignee == null ? null : assignee.username())
                .param("due", dueOn == null ? null : Date.valueOf(dueOn))
                .param("status", status.name())
                .param("origin", origin)
                .param("by", by)
                .param("byName", byName)
                .param("at", Timestamp.from(at))
                .param("closedAt", status == TaskStatus.OPEN ? null : Timestamp.from(at))
                .param("closedBy", status == TaskStatus.OPEN ? null : byName)
                .update();
        return id;
    }

    private CaseTask find(CaseId caseId, UUID taskId) {
        return jdbc.sql(SELECT + " where t.case_id = :c and t.id = :id")
                .param("c", caseId.value())
                .param("id", taskId)
                .query((rs, n) -> map(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("No such task"));
    }

    private CaseTask map(java.sql.ResultSet rs) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        CaseId caseId = CaseId.of(rs.getObject("case_id", UUID.class));
        Date due = rs.getDate("due_on");
        LocalDate dueOn = due == null ? null : due.toLocalDate();
        TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
        Timestamp closed = rs.getTimestamp("closed_at");
        return new CaseTask(
                id,
                caseId,
                rs.getString("reference"),
                fields.open(
                        KeyScope.ofCase(caseId.value()),
                        FieldRef.of("case_task", "title", id),
                        SealedText.fromStored(rs.getBytes("title_sealed"))),
                rs.getObject("assignee_id", UUID.class),
                rs.getString("assignee_name"),
                dueOn,
                status,
                rs.getString("origin"),
                rs.getString("created_by_name"),
                rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant(),
                rs.getString("closed_by_name"),
                status == TaskStatus.OPEN && dueOn != null && dueOn.isBefore(LocalDate.now(clock.withZone(zone))),
                rs.getInt("version"));
    }

    private byte[] seal(CaseId caseId, UUID taskId, String title) {
        return fields.seal(KeyScope.ofCase(caseId.value()), FieldRef.of("case_task", "title", taskId), title)
                .stored();
    }

    private static String validTitle(String title) {
        String value = title.strip();
        if (value.isEmpty() || value.length() > MAX_TITLE) {
            throw new InvalidRequestException(
                    "Say what is to be done, in 1 to " + MAX_TITLE + " characters",
                    Map.of("title", "1 to " + MAX_TITLE));
        }
        return value;
    }

    private TeamMember teamMember(CaseId caseId, String username) {
        Optional<TeamMember> member = cases.team(caseId).stream()
                .filter(m -> m.username().equals(username.strip()))
                .findFirst();
        return member.orElseThrow(() -> new InvalidRequestException(
                "A task is assigned to someone on the case's team", Map.of("assignee", "not on the team")));
    }

    private void requireMember(TirekUser who, CaseId caseId) {
        if (cases.find(caseId).isEmpty()) throw new NotFoundException("No such case");
        if (!cases.isMember(caseId, who.id())) throw new AccessDeniedException("Not on this case");
    }

    private void record(Actor actor, AuditAction action, CaseId caseId, UUID taskId) {
        audit.record(AuditEntry.of(actor, action).about("case_task", taskId).inCase(caseId.value()));
    }
}
