package org.tirek.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.people.OrganisationDraft;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.OrganisationSummary;
import org.tirek.platform.Region;

/** The {@code organisation} table. */
@Repository
class Institutions {

    private static final String COLUMNS =
            "id, name, kind, country, region, phone, email, website, address, archived_at, version";

    private final JdbcClient jdbc;

    Institutions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, OrganisationDraft d, UUID createdBy, Instant at) {
        jdbc.sql("""
                        insert into organisation (id, name, kind, country, region, phone, email, website, address,
                                                  created_by, created_at, changed_at, version)
                        values (:id, :name, :kind, :country, :region, :phone, :email, :website, :address,
                                :by, :at, :at, 0)
                        """)
                .param("id", id)
                .param("name", d.name())
                .param("kind", d.kind().name())
                .param("country", d.country())
                .param("region", d.region() == null ? null : d.region().code())
                .param("phone", d.phone())
                .param("email", d.email())
                .param("website", d.website())
                .param("address", d.address())
                .param("by", createdBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    boolean update(UUID id, int version, OrganisationDraft d, Instant at) {
        return jdbc.sql("""
                                update organisation set name = :name, kind = :kind, country = :country, region = :region,
                                       phone = :phone, email = :email, website = :website, address = :address,
                                       changed_at = :at, version = version + 1
                                 where id = :id and version = :version
                                """)
                        .param("name", d.name())
                        .param("kind", d.kind().name())
                        .param("country", d.country())
                        .param("region", d.region() == null ? null : d.region().code())
                        .param("phone", d.phone())
                        .param("email", d.email())
                        .param("website", d.website())
                        .param("address", d.address())
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean archive(UUID id, Instant at) {
        return jdbc.sql("""
                                update organisation set archived_at = :at, changed_at = :at, version = version + 1
                                 where id = :id and archived_at is null
                                """).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    Optional<OrganisationSummary> find(OrganisationId id) {
        return jdbc.sql("select " + COLUMNS + " from organisation where id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    List<OrganisationSummary> list(@Nullable OrganisationKind kind) {
        String sql = "select " + COLUMNS + " from organisation where archived_at is null"
                + (kind == null ? "" : " and kind = :kind") + " order by lower(name), id";
        var statement = jdbc.sql(sql);
        if (kind != null) statement = statement.param("kind", kind.name());
        return statement.query((rs, n) -> map(rs)).list();
    }

    private static OrganisationSummary map(ResultSet rs) throws SQLException {
        String region = rs.getString("region");
        Timestamp archived = rs.getTimestamp("archived_at");
        return new OrganisationSummary(
                OrganisationId.of(rs.getObject("id", UUID.class)),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("country"),
                region == null ? null : new Region(region),
                rs.getString("phone"),
                rs.getString("email"),
                rs.getString("website"),
                rs.getString("address"),
                archived != null,
                rs.getInt("version"));
    }
}
