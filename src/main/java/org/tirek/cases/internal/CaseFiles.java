package org.tirek.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
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
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseSummary;
import org.tirek.cases.StatusChange;
import org.tirek.cases.TeamMember;

/** The {@code case_file}, {@code case_member} and {@code case_status_change} tables. */
@Repository
class CaseFiles {

    private final JdbcClient jdbc;

    CaseFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of {@code year}'s sequence, e.g. {@code TRK-2026-0001}: atomic across instances. */
    String nextReference(Instant now) {
        int year = Year.from(now.atZone(ZoneOffset.UTC)).getValue();
        Integer number = jdbc.sql("""
                        insert into case_reference_counter (year, last) values (:y, 1)
                        on conflict (year) do update set last = case_reference_counter.last + 1
                        returning last
                        """).param("y", year).query(Integer.class).single();
        return String.format(java.util.Locale.ROOT, "TRK-%d-%04d", year, number);
    }

    void insert(CaseSummary c, byte @Nullable [] summarySealed, UUID openedBy) {
        jdbc.sql("""
                        insert into case_file (id, reference, codename, type, status, priority, region, summary_sealed,
                                               synthetic, opened_by, opened_at, status_changed_at, version)
                        values (:id, :reference, :codename, :type, :status, :priority, :region, :summary,
                                :synthetic, :openedBy, :at, :at, 0)
                        """)
                .param("id", c.id().value())
                .param("reference", c.reference())
                .param("codename", c.codename())
                .param("type", c.type().name())
                .param("status", c.status().name())
                .param("priority", c.priority().name())
                .param("region", c.region() == null ? null : c.region().code())
                .param("summary", summarySealed)
                .param("synthetic", c.synthetic())
                .param("openedBy", openedBy)
                .param("at", Timestamp.from(c.openedAt()))
                .update();
    }

    Optional<CaseSummary> find(CaseId id) {
        return jdbc.sql("select " + CaseRow.COLUMNS + " from case_file c where c.id = :id")
                .param("id", id.value())
                .query((rs, n) -> CaseRow.map(rs))
                .optional();
    }

    byte @Nullable [] summarySealed(CaseId id) {
        return jdbc.sql("select summary_sealed from case_file where id = :id")
                .param("id", id.value())
                .query((rs, n) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    /**
     * Writes the given columns if the row is still at {@code version}; returns whether it was.
     *
     * @param columns column name to value; only names chosen by this module, never from a request
     */
    boolean update(CaseId id, int version, Map<String, @Nullable Object> columns) {
        StringBuilder sql = new StringBuilder("update case_file set version = version + 1");
        columns.keySet()
                .forEach(
                        column -> sql.append(", ").append(column).append(" = :").append(column));
        sql.append(" where id = :id and version = :version");
        var statement = jdbc.sql(sql.toString()).param("id", id.value()).param("version", version);
        for (var c : columns.entrySet()) statement = statement.param(c.getKey(), c.getValue());
        return statement.update() == 1;
    }

    boolean isMember(CaseId id, UUID userId) {
        return jdbc.sql("select count(*) from case_member where case_id = :c and user_id = :u")
                        .param("c", id.value())
                        .param("u", userId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The cases {@code userId} is on. */
    java.util.Set<CaseId> casesOf(UUID userId) {
        return new java.util.HashSet<>(jdbc.sql("select case_id from case_member where user_id = :u")
                .param("u", userId)
                .query((rs, n) -> CaseId.of(rs.getObject("case_id", UUID.class)))
                .list());
    }

    /** The references of the cases among {@code ids} that exist. */
    Map<CaseId, String> references(java.util.Collection<CaseId> ids) {
        Map<CaseId, String> references = new java.util.HashMap<>();
        List<UUID> all = ids.stream().map(CaseId::value).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            jdbc.sql("select id, reference from case_file where id in (:ids)")
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .query((rs, n) ->
                            references.put(CaseId.of(rs.getObject("id", UUID.class)), rs.getString("reference")))
                    .list();
        }
        return references;
    }

    boolean addMember(CaseId id, UUID userId, String username, UUID addedBy, Instant at) {
        return jdbc.sql("""
                                insert into case_member (case_id, user_id, username, added_by, added_at)
                                values (:c, :u, :name, :by, :at) on conflict do nothing
                                """)
                        .param("c", id.value())
                        .param("u", userId)
                        .param("name", username)
                        .param("by", addedBy)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    boolean removeMember(CaseId id, UUID userId) {
        return jdbc.sql("delete from case_member where case_id = :c and user_id = :u")
                        .param("c", id.value())
                        .param("u", userId)
                        .update()
                == 1;
    }

    List<TeamMember> team(CaseId id) {
        return jdbc.sql("select user_id, username, added_at from case_member where case_id = :c order by added_at")
                .param("c", id.value())
                .query((rs, n) -> new TeamMember(
                        rs.getObject("user_id", UUID.class),
                        rs.getString("username"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    void recordStatusChange(
            UUID changeId,
            CaseId id,
            @Nullable CaseStatus from,
            CaseStatus to,
            byte @Nullable [] reasonSealed,
            UUID by,
            String byName,
            Instant at) {
        jdbc.sql("""
                        insert into case_status_change (id, case_id, from_status, to_status, reason_sealed, changed_by,
                                                        changed_by_name, changed_at)
                        values (:id, :c, :from, :to, :reason, :by, :name, :at)
                        """)
                .param("id", changeId)
                .param("c", id.value())
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("reason", reasonSealed)
                .param("by", by)
                .param("name", byName)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Status changes, oldest first, with the reason still sealed. */
    List<SealedStatusChange> history(CaseId id) {
        return jdbc.sql("""
                        select id, from_status, to_status, reason_sealed, changed_by_name, changed_at
                          from case_status_change where case_id = :c order by changed_at, id
                        """)
                .param("c", id.value())
                .query((rs, n) -> {
                    String from = rs.getString("from_status");
                    return new SealedStatusChange(
                            rs.getObject("id", UUID.class),
                            from == null ? null : CaseStatus.valueOf(from),
                            CaseStatus.valueOf(rs.getString("to_status")),
                            rs.getBytes("reason_sealed"),
                            rs.getString("changed_by_name"),
                            rs.getTimestamp("changed_at").toInstant());
                })
                .list();
    }

    /** A status change as stored. */
    record SealedStatusChange(
            UUID id,
            @Nullable CaseStatus from,
            CaseStatus to,
            byte @Nullable [] reasonSealed,
            String changedBy,
            Instant changedAt) {

        StatusChange open(@Nullable String reason) {
            return new StatusChange(from, to, reason, changedBy, changedAt);
        }
    }

    /** A page of the list; {@code visibleTo} limits it to one user's cases (lawyers, caseworkers, "mine"). */
    List<CaseSummary> page(CaseQuery q, @Nullable UUID visibleTo) {
        Query query = Query.of(q, visibleTo);
        var statement = jdbc.sql("select " + CaseRow.COLUMNS + " from case_file c" + query.where() + " order by "
                + order(q.sort()) + " limit :limit offset :offset");
        for (var p : query.params().entrySet()) statement = statement.param(p.getKey(), p.getValue());
        return statement
                .param("limit", q.size())
                .param("offset", (long) q.page() * q.size())
                .query((rs, n) -> CaseRow.map(rs))
                .list();
    }

    long count(CaseQuery q, @Nullable UUID visibleTo) {
        Query query = Query.of(q, visibleTo);
        var statement = jdbc.sql("select count(*) from case_file c" + query.where());
        for (var p : query.params().entrySet()) statement = statement.param(p.getKey(), p.getValue());
        return statement.query(Long.class).single();
    }

    private static String order(CaseQuery.Sort sort) {
        return switch (sort) {
            case NEWEST -> "c.opened_at desc, c.id";
            case OLDEST -> "c.opened_at, c.id";
            case REFERENCE -> "c.reference";
            case PRIORITY ->
                "case c.priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,"
                        + " c.opened_at desc, c.id";
            case RECENTLY_CHANGED -> "c.status_changed_at desc, c.id";
        };
    }

    /** A filter as SQL conditions over bound parameters. */
    private record Query(String where, Map<String, Object> params) {

        static Query of(CaseQuery q, @Nullable UUID visibleTo) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (q.type() != null) {
                conditions.add("c.type = :type");
                params.put("type", q.type().name());
            }
            if (q.status() != null) {
                conditions.add("c.status = :status");
                params.put("status", q.status().name());
            }
            if (q.region() != null) {
                conditions.add(
                        q.region().code().length() == 2 ? "starts_with(c.region, :region)" : "c.region = :region");
                params.put("region", q.region().code());
            }
            if (q.priority() != null) {
                conditions.add("c.priority = :priority");
                params.put("priority", q.priority().name());
            }
            if (!q.includeSynthetic()) conditions.add("not c.synthetic");
            if (q.codename() != null && !q.codename().isBlank()) {
                conditions.add("lower(c.codename) like :codename escape '\\'");
                params.put(
                        "codename",
                        q.codename()
                                        .strip()
                                        .toLowerCase(java.util.Locale.ROOT)
                                        .replace("\\", "\\\\")
                                        .replace("%", "\\%")
                                        .replace("_", "\\_")
                                + "%");
            }
            if (visibleTo != null) {
                conditions.add(
                        "exists (select 1 from case_member m where m.case_id = c.id and m.user_id = :visibleTo)");
                params.put("visibleTo", visibleTo);
            }
            if (q.member() != null) {
                conditions.add("exists (select 1 from case_member t where t.case_id = c.id and t.user_id = :member)");
                params.put("member", q.member());
            }
            String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            return new Query(where, params);
        }
    }
}
