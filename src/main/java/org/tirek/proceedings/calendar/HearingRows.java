package org.tirek.proceedings.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/**
 * The hearings in a time range: {@code HEARING_SCHEDULED} events that no correction voided and no
 * {@code HEARING_CANCELLED} names, with whether a {@code HEARING_HELD} names them.
 */
@Repository
class HearingRows {

    /** A scheduled hearing, before the case's reference is added. */
    record Hearing(
            UUID eventId,
            ProceedingId proceedingId,
            CaseId caseId,
            ProceedingType type,
            String title,
            OffsetDateTime at,
            boolean held) {}

    private static final String SQL = """
            select e.id, e.proceeding_id, p.case_id, p.type, p.title, e.attributes ->> 'hearingAt' as hearing_at,
                   exists (select 1 from proceeding_event h
                            where h.proceeding_id = e.proceeding_id and h.type = 'HEARING_HELD'
                              and h.attributes ->> 'hearing' = e.id::text
                              and not exists (select 1 from proceeding_event v where v.voids = h.id)) as held
              from proceeding_event e
              join proceeding p on p.id = e.proceeding_id
             where e.type = 'HEARING_SCHEDULED'
               and (e.attributes ->> 'hearingAt')::timestamptz >= :from
               and (e.attributes ->> 'hearingAt')::timestamptz < :until
               and not exists (select 1 from proceeding_event v where v.voids = e.id)
               and not exists (select 1 from proceeding_event c
                                where c.proceeding_id = e.proceeding_id and c.type = 'HEARING_CANCELLED'
                                  and c.attributes ->> 'hearing' = e.id::text
                                  and not exists (select 1 from proceeding_event v where v.voids = c.id))
            """;

    private final JdbcClient jdbc;

    HearingRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The hearings from {@code from} until before {@code until}, soonest first, at most {@code limit}.
     *
     * @param cases the cases to look in; {@code null} for every case
     */
    List<Hearing> between(Instant from, Instant until, @Nullable Collection<CaseId> cases, int limit) {
        String sql = SQL
                + (cases == null ? "" : " and p.case_id in (:cases)")
                + " order by (e.attributes ->> 'hearingAt')::timestamptz, e.id limit :limit";
        var statement = jdbc.sql(sql)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .param("limit", limit);
        if (cases != null)
            statement =
                    statement.param("cases", cases.stream().map(CaseId::value).toList());
        return statement
                .query((rs, n) -> new Hearing(
                        rs.getObject("id", UUID.class),
                        new ProceedingId(rs.getObject("proceeding_id", UUID.class)),
                        new CaseId(rs.getObject("case_id", UUID.class)),
                        ProceedingType.valueOf(rs.getString("type")),
                        rs.getString("title"),
                        OffsetDateTime.parse(rs.getString("hearing_at")),
                        rs.getBoolean("held")))
                .list();
    }
}
