package org.tirek.proceedings.deadlines;

import static org.tirek.proceedings.deadlines.DeadlineRows.ts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.rules.ApplicableRule;
import org.tirek.proceedings.rules.Rule;

/** Changes to the {@code deadline} table, each with bound parameters only. */
@Repository
class DeadlineWrites {

    private final JdbcClient jdbc;

    DeadlineWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a deadline the engine gave.
     *
     * @param existing the id of its row if it has one
     * @param computation the {@link #digest} of what is written
     */
    void save(
            DeadlineEngine.Due due,
            @Nullable UUID existing,
            ProceedingFacts p,
            DeadlineStatus status,
            DeadlineEngine.@Nullable Closure closure,
            String computation,
            Instant now) {
        ApplicableRule a = due.rule();
        Rule rule = a.rule();
        String sql = existing == null ? INSERT : UPDATE;
        var statement = jdbc.sql(sql)
                .param("id", existing == null ? UUID.randomUUID() : existing)
                .param("proceeding", p.id().value())
                .param("caseId", p.caseId().value())
                .param("rule", rule.id())
                .param("pack", a.pack().id())
                .param("packVersion", a.pack().version())
                .param("label", rule.label())
                .param("basis", rule.basis())
                .param("confidence", rule.confidence().name())
                .param("note", rule.note())
                .param("counting", DeadlineRows.json(due.computation().counting()))
                .param("incomplete", due.computation().calendarIncomplete())
                .param("startEvent", due.start().id())
                .param("startType", due.start().type())
                .param("startedAt", ts(due.from().instant()))
                .param("dateOnly", !due.from().timeKnown())
                .param("due", ts(due.computation().due()))
                .param("dueDate", DeadlineRows.date(due.computation().dueDate()))
                .param("zone", a.zone().getId())
                .param("hours", due.computation().hours())
                .param("warn", rule.warnBefore().toSeconds())
                .param("status", status.name())
                .param("cause", closure == null ? null : closure.cause())
                .param("closedEvent", closure == null ? null : closure.eventId())
                .param("closedType", closure == null ? null : closure.eventType())
                .param("closedAt", closure == null ? null : ts(closure.at()))
                .param("leadId", p.leadId())
                .param("lead", p.leadName())
                .param("backupId", p.backupId())
                .param("backup", p.backupName())
                .param("computation", computation)
                .param("now", ts(now));
        statement.update();
    }

    /**
     * A digest of every column {@link #save} writes from the computation (not the lawyers' columns,
     * not the time of writing): equal digests mean the row would not change.
     */
    static String digest(DeadlineEngine.Due due, ProceedingFacts p, DeadlineStatus status) {
        ApplicableRule a = due.rule();
        Rule rule = a.rule();
        DeadlineEngine.Closure c = due.closure();
        StringBuilder s = new StringBuilder(512);
        for (Object part : new Object[] {
            a.pack().id(),
            a.pack().version(),
            rule.label(),
            rule.basis(),
            rule.confidence(),
            rule.note(),
            DeadlineRows.json(due.computation().counting()),
            due.computation().calendarIncomplete(),
            due.start().type(),
            due.from().instant(),
            due.from().timeKnown(),
            due.computation().due(),
            due.computation().dueDate(),
            a.zone().getId(),
            due.computation().hours(),
            rule.warnBefore().toSeconds(),
            status,
            c == null ? null : c.cause(),
            c == null ? null : c.eventId(),
            c == null ? null : c.eventType(),
            c == null ? null : c.at(),
            p.leadId(),
            p.leadName(),
            p.backupId(),
            p.backupName()
        }) {
            s.append(part).append('\u001f');
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static final String INSERT = """
            insert into deadline (id, proceeding_id, case_id, rule_id, pack_id, pack_version, label, basis, confidence,
                                  note, counting, calendar_incomplete, start_event_id, start_event_type, started_at,
                                  start_date_only, computed_due, computed_due_date, due_zone, hours_based, warn_seconds,
                                  status, closed_cause, closed_event_id, closed_event_type, closed_at, lead_lawyer_id,
                                  lead_lawyer_name, backup_lawyer_id, backup_lawyer_name, computation, created_at,
                                  updated_at)
            values (:id, :proceeding, :caseId, :rule, :pack, :packVersion, :label, :basis, :confidence, :note,
                    cast(:counting as jsonb), :incomplete, :startEvent, :startType, :startedAt, :dateOnly, :due, :dueDate,
                    :zone, :hours, :warn, :status, :cause, :closedEvent, :closedType, :closedAt, :leadId, :lead, :backupId,
                    :backup, :computation, :now, :now)
            """;

    /** Keeps what lawyers did (override, acknowledgement, a manual waiver, the escalation). */
    private static final String UPDATE = """
            update deadline set pack_id = :pack, pack_version = :packVersion, label = :label, basis = :basis,
                   confidence = :confidence, note = :note, counting = cast(:counting as jsonb),
                   calendar_incomplete = :incomplete, start_event_type = :startType, started_at = :startedAt,
                   start_date_only = :dateOnly, computed_due = :due, computed_due_date = :dueDate, due_zone = :zone,
                   hours_based = :hours, warn_seconds = :warn,
                   status = case when closed_cause = 'MANUAL' then status else :status end,
                   closed_event_id = case when closed_cause = 'MANUAL' then closed_event_id else :closedEvent end,
                   closed_event_type = case when closed_cause = 'MANUAL' then closed_event_type else :closedType end,
                   closed_at = case when closed_cause = 'MANUAL' then closed_at else :closedAt end,
                   closed_cause = case when closed_cause = 'MANUAL' then closed_cause else :cause end,
                   lead_lawyer_id = :leadId, lead_lawyer_name = :lead, backup_lawyer_id = :backupId,
                   backup_lawyer_name = :backup, computation = :computation, updated_at = :now
             where id = :id and proceeding_id = :proceeding and case_id = :caseId and rule_id = :rule
               and start_event_id = :startEvent
            """;

    void delete(UUID id) {
        jdbc.sql("delete from deadline where id = :id").param("id", id).update();
    }

    void override(UUID id, Instant due, byte[] reason, UUID by, String byName, DeadlineStatus status, Instant now) {
        jdbc.sql("""
                        update deadline set override_due = :due, override_reason_sealed = :reason, overridden_by = :by,
                               overridden_by_name = :byName, overridden_at = :now, status = :status, updated_at = :now
                         where id = :id
                        """)
                .param("id", id)
                .param("due", ts(due))
                .param("reason", reason)
                .param("by", by)
                .param("byName", byName)
                .param("status", status.name())
                .param("now", ts(now))
                .update();
    }

    void acknowledge(UUID id, UUID by, String byName, Instant now) {
        jdbc.sql("""
                        update deadline set acknowledged_by = :by, acknowledged_by_name = :byName, acknowledged_at = :now,
                               updated_at = :now where id = :id
                        """)
                .param("id", id)
                .param("by", by)
                .param("byName", byName)
                .param("now", ts(now))
                .update();
    }

    void waive(UUID id, byte[] reason, UUID by, String byName, Instant now) {
        jdbc.sql("""
                        update deadline set status = 'WAIVED', closed_cause = 'MANUAL', closed_event_id = null,
                               closed_event_type = null, closed_at = :now, waived_by = :by, waived_by_name = :byName,
                               waive_reason_sealed = :reason, updated_at = :now
                         where id = :id
                        """)
                .param("id", id)
                .param("reason", reason)
                .param("by", by)
                .param("byName", byName)
                .param("now", ts(now))
                .update();
    }

    /** A deadline whose status the job moved. */
    record Moved(UUID id, ProceedingId proceeding, CaseId caseId, String rule, DeadlineStatus status) {}

    /** Moves open deadlines between UPCOMING, DUE_SOON and OVERDUE as time passes; returns those that moved. */
    List<Moved> refreshStatuses(Instant now) {
        return jdbc.sql("""
                        update deadline set status = s.next, updated_at = :now
                          from (select id, case when effective_due <= :now then 'OVERDUE'
                                                when effective_due - warn_seconds * interval '1 second' <= :now then 'DUE_SOON'
                                                else 'UPCOMING' end as next
                                  from deadline where status in ('UPCOMING', 'DUE_SOON', 'OVERDUE')) s
                         where deadline.id = s.id and deadline.status <> s.next
                        returning deadline.id, deadline.proceeding_id, deadline.case_id, deadline.rule_id, deadline.status
                        """)
                .param("now", ts(now))
                .query((rs, n) -> new Moved(
                        rs.getObject("id", UUID.class),
                        ProceedingId.of(rs.getObject("proceeding_id", UUID.class)),
                        CaseId.of(rs.getObject("case_id", UUID.class)),
                        rs.getString("rule_id"),
                        DeadlineStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * Open deadlines due within 48 hours (or overdue by less than a day) that the lead lawyer has
     * not acknowledged and that were never escalated.
     */
    List<UUID> toEscalate(Instant now) {
        return jdbc.sql("""
                        select id from deadline
                         where status in ('UPCOMING', 'DUE_SOON', 'OVERDUE') and escalated_at is null
                           and effective_due <= :soon and effective_due > :recent
                           and (lead_lawyer_id is null or acknowledged_by is distinct from lead_lawyer_id)
                         order by effective_due
                        """)
                .param("soon", ts(now.plusSeconds(48 * 3600)))
                .param("recent", ts(now.minusSeconds(24 * 3600)))
                .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Marks the deadline escalated unless it already is; whether this call did. */
    boolean claimEscalation(UUID id, Instant now) {
        return jdbc.sql("update deadline set escalated_at = :now where id = :id and escalated_at is null")
                        .param("id", id)
                        .param("now", ts(now))
                        .update()
                == 1;
    }

    void escalationTask(UUID id, UUID taskId) {
        jdbc.sql("update deadline set escalation_task_id = :task where id = :id")
                .param("id", id)
                .param("task", taskId)
                .update();
    }

    Optional<String> appliedFingerprint() {
        return jdbc.sql("select fingerprint from deadline_rules_applied where id = 1")
                .query(String.class)
                .optional();
    }

    void applied(String fingerprint, Instant now) {
        jdbc.sql("""
                        insert into deadline_rules_applied (id, fingerprint, applied_at) values (1, :f, :now)
                        on conflict (id) do update set fingerprint = :f, applied_at = :now
                        """).param("f", fingerprint).param("now", ts(now)).update();
    }
}
