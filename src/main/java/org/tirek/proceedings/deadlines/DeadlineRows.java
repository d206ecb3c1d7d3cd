package org.tirek.proceedings.deadlines;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.DeadlineQuery;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.rules.Phrase;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code deadline} table. Reasons go in and come out sealed; the caller seals and opens them. */
@Repository
class DeadlineRows {

    static final String SELECT =
            "select d.*, p.title, p.type from deadline d join proceeding p on p.id = d.proceeding_id ";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Phrase>> PHRASES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    DeadlineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredDeadline> find(UUID id) {
        return jdbc.sql(SELECT + "where d.id = :id")
                .param("id", id)
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<StoredDeadline> ofProceeding(ProceedingId id) {
        return jdbc.sql(SELECT + "where d.proceeding_id = :p order by d.effective_due, d.rule_id")
                .param("p", id.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    /** What the recompute needs of a stored deadline: which it is, a lawyer's date, the digest of what was computed. */
    record Computed(
            UUID id, String rule, UUID startEvent, @Nullable Instant overrideDue, String computation) {}

    /** The proceeding's deadlines as the recompute compares them (no join, nothing parsed). */
    List<Computed> computedOf(ProceedingId id) {
        return jdbc.sql(COMPUTED)
                .param("p", id.value())
                .query((rs, n) -> new Computed(
                        rs.getObject("id", UUID.class),
                        rs.getString("rule_id"),
                        rs.getObject("start_event_id", UUID.class),
                        instant(rs, "override_due"),
                        rs.getString("computation")))
                .list();
    }

    static final String COMPUTED =
            "select id, rule_id, start_event_id, override_due, computation from deadline where proceeding_id = :p";

    List<StoredDeadline> ofCase(CaseId id) {
        return jdbc.sql(SELECT + "where d.case_id = :c order by d.effective_due, d.rule_id")
                .param("c", id.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    /**
     * Rows matching the query (statuses as of {@code now}), soonest first.
     *
     * @param cases only these cases; {@code null} for every case
     */
    List<StoredDeadline> matching(
            List<DeadlineStatus> statuses, DeadlineQuery query, @Nullable Collection<CaseId> cases, Instant now) {
        StringBuilder sql = new StringBuilder(SELECT).append("where (false");
        for (DeadlineStatus s : statuses) sql.append(" or ").append(condition(s));
        sql.append(")");
        String lawyer = query.lawyer() == null || query.lawyer().isBlank()
                ? null
                : query.lawyer().strip();
        Instant until = query.until();
        if (query.withinDays() != null) {
            Instant horizon = now.plus(Duration.ofDays(query.withinDays()));
            until = until == null || horizon.isBefore(until) ? horizon.plusMillis(1) : until;
        }
        if (lawyer != null) sql.append(" and (d.lead_lawyer_name = :lawyer or d.backup_lawyer_name = :lawyer)");
        if (query.from() != null) sql.append(" and d.effective_due >= :from");
        if (until != null) sql.append(" and d.effective_due < :until");
        if (query.confidence() != null) sql.append(" and d.confidence = :confidence");
        if (cases != null) sql.append(" and d.case_id in (:cases)");
        sql.append(" order by d.effective_due, d.rule_id, d.id limit :limit");
        var statement =
                jdbc.sql(sql.toString()).param("now", Timestamp.from(now)).param("limit", DeadlineQuery.LIMIT);
        if (lawyer != null) statement = statement.param("lawyer", lawyer);
        if (query.from() != null) statement = statement.param("from", Timestamp.from(query.from()));
        if (until != null) statement = statement.param("until", Timestamp.from(until));
        if (query.confidence() != null)
            statement = statement.param("confidence", query.confidence().name());
        if (cases != null)
            statement =
                    statement.param("cases", cases.stream().map(CaseId::value).toList());
        return statement.query((rs, n) -> map(rs)).list();
    }

    /** The open rows of a case. */
    List<StoredDeadline> openOfCase(CaseId id) {
        return jdbc.sql(SELECT + "where d.case_id = :c and d.status in ('UPCOMING', 'DUE_SOON', 'OVERDUE')"
                        + " order by d.effective_due, d.rule_id")
                .param("c", id.value())
                .query((rs, n) -> map(rs))
                .list();
    }

    private static String condition(DeadlineStatus status) {
        String open = "d.status in ('UPCOMING', 'DUE_SOON', 'OVERDUE')";
        String warnFrom = "d.effective_due - d.warn_seconds * interval '1 second'";
        return switch (status) {
            case OVERDUE -> "(" + open + " and d.effective_due <= :now)";
            case DUE_SOON -> "(" + open + " and d.effective_due > :now and " + warnFrom + " <= :now)";
            case UPCOMING -> "(" + open + " and " + warnFrom + " > :now)";
            case MET -> "d.status = 'MET'";
            case WAIVED -> "d.status = 'WAIVED'";
        };
    }

    static StoredDeadline map(ResultSet rs) throws SQLException {
        Instant overrideDue = instant(rs, "override_due");
        Instant closedAt = instant(rs, "closed_at");
        Instant ackAt = instant(rs, "acknowledged_at");
        return new StoredDeadline(
                rs.getObject("id", UUID.class),
                ProceedingId.of(rs.getObject("proceeding_id", UUID.class)),
                CaseId.of(rs.getObject("case_id", UUID.class)),
                rs.getString("title"),
                ProceedingType.valueOf(rs.getString("type")),
                new StoredDeadline.Rule(
                        rs.getString("rule_id"),
                        rs.getString("pack_id"),
                        rs.getString("pack_version"),
                        rs.getString("label"),
                        rs.getString("basis"),
                        Confidence.valueOf(rs.getString("confidence")),
                        rs.getString("note")),
                JSON.readValue(rs.getString("counting"), PHRASES),
                rs.getBoolean("calendar_incomplete"),
                new StoredDeadline.Start(
                        rs.getObject("start_event_id", UUID.class),
                        rs.getString("start_event_type"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getBoolean("start_date_only")),
                rs.getTimestamp("computed_due").toInstant(),
                rs.getDate("computed_due_date").toLocalDate(),
                rs.getString("due_zone"),
                rs.getBoolean("hours_based"),
                rs.getLong("warn_seconds"),
                overrideDue == null
                        ? null
                        : new StoredDeadline.Override(
                                overrideDue,
                                rs.getBytes("override_reason_sealed"),
                                rs.getString("overridden_by_name"),
                                rs.getTimestamp("overridden_at").toInstant()),
                rs.getTimestamp("effective_due").toInstant(),
                DeadlineStatus.valueOf(rs.getString("status")),
                closedAt == null
                        ? null
                        : new StoredDeadline.Closed(
                                rs.getString("closed_cause"),
                                rs.getString("closed_event_type"),
                                closedAt,
                                rs.getString("waived_by_name"),
                                rs.getBytes("waive_reason_sealed")),
                ackAt == null
                        ? null
                        : new StoredDeadline.Person(
                                rs.getObject("acknowledged_by", UUID.class),
                                rs.getString("acknowledged_by_name"),
                                ackAt),
                person(rs, "lead_lawyer"),
                person(rs, "backup_lawyer"),
                instant(rs, "escalated_at"));
    }

    private static StoredDeadline.@Nullable Person person(ResultSet rs, String column) throws SQLException {
        String name = rs.getString(column + "_name");
        return name == null ? null : new StoredDeadline.Person(rs.getObject(column + "_id", UUID.class), name, null);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static String json(List<Phrase> phrases) {
        return JSON.writeValueAsString(phrases);
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Date date(java.time.LocalDate date) {
        return Date.valueOf(date);
    }
}
