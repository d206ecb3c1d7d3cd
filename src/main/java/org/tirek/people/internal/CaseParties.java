package org.tirek.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.people.PartyRole;

/** The {@code case_party} table: which person is a party of which case, in which role. */
@Repository
class CaseParties {

    private final JdbcClient jdbc;

    CaseParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a party; false when the person already is one in that role. */
    boolean add(UUID caseId, UUID personId, PartyRole role, UUID addedBy, String addedByName, Instant at) {
        return jdbc.sql("""
                                insert into case_party (case_id, person_id, role, added_by, added_by_name, added_at)
                                values (:c, :p, :role, :by, :name, :at) on conflict do nothing
                                """)
                        .param("c", caseId)
                        .param("p", personId)
                        .param("role", role.name())
                        .param("by", addedBy)
                        .param("name", addedByName)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Removes a party in one role, or in every role when {@code role} is null; returns how many rows went. */
    int remove(UUID caseId, UUID personId, @Nullable PartyRole role) {
        String sql = "delete from case_party where case_id = :c and person_id = :p"
                + (role == null ? "" : " and role = :role");
        var statement = jdbc.sql(sql).param("c", caseId).param("p", personId);
        if (role != null) statement = statement.param("role", role.name());
        return statement.update();
    }

    void removeAll(UUID caseId) {
        jdbc.sql("delete from case_party where case_id = :c").param("c", caseId).update();
    }

    /** The case's parties in the order they were added. */
    List<PartyRow> ofCase(UUID caseId) {
        return jdbc.sql("""
                        select case_id, person_id, role, added_by_name, added_at from case_party
                         where case_id = :c order by added_at, person_id, role
                        """)
                .param("c", caseId)
                .query((rs, n) -> new PartyRow(
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        PartyRole.valueOf(rs.getString("role")),
                        rs.getString("added_by_name"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Every case the person is a party of, with each role, oldest first. */
    List<PartyRow> ofPerson(UUID personId) {
        return jdbc.sql("""
                        select case_id, person_id, role, added_by_name, added_at from case_party
                         where person_id = :p order by added_at, case_id, role
                        """)
                .param("p", personId)
                .query((rs, n) -> new PartyRow(
                        rs.getObject("case_id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        PartyRole.valueOf(rs.getString("role")),
                        rs.getString("added_by_name"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** The distinct cases the person is a party of. */
    List<UUID> casesOf(UUID personId) {
        return jdbc.sql("select distinct case_id from case_party where person_id = :p")
                .param("p", personId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** The distinct persons who are parties of the case. */
    List<UUID> personsOf(UUID caseId) {
        return jdbc.sql("select distinct person_id from case_party where case_id = :c")
                .param("c", caseId)
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** One row of {@code case_party}. */
    record PartyRow(UUID caseId, UUID personId, PartyRole role, String addedBy, Instant addedAt) {}
}
