package org.tirek.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.people.AgeBand;
import org.tirek.people.ClientCode;
import org.tirek.people.DisplacementStatus;
import org.tirek.people.PersonId;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.people.PersonSummary;
import org.tirek.people.Sex;
import org.tirek.people.Vulnerability;
import org.tirek.platform.Region;

/** The {@code person}, {@code person_identity} and {@code person_name_index} tables. */
@Repository
class Persons {

    private static final String COLUMNS = "p.id, p.client_code, p.kind, p.sex, p.age_band, p.birth_year, p.nationality,"
            + " p.displacement, p.languages, p.region, p.vulnerabilities, p.created_at, p.erased_at, p.version";

    private final JdbcClient jdbc;

    Persons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the person's structural row; false when the client code is taken (try another). */
    boolean insert(UUID id, ClientCode code, PersonProfile profile, UUID createdBy, Instant at) {
        return jdbc.sql("""
                                insert into person (id, client_code, kind, sex, age_band, birth_year, nationality,
                                                    displacement, languages, region, vulnerabilities, created_by,
                                                    created_at, changed_at, version)
                                values (:id, :code, :kind, :sex, :ageBand, :birthYear, :nationality, :displacement,
                                        cast(:languages as text[]), :region, cast(:vulnerabilities as text[]),
                                        :createdBy, :at, :at, 0)
                                on conflict (client_code) do nothing
                                """)
                        .param("id", id)
                        .param("code", code.value())
                        .param("kind", profile.kind().name())
                        .param("sex", name(profile.sex()))
                        .param("ageBand", name(profile.ageBand()))
                        .param("birthYear", profile.birthYear())
                        .param("nationality", profile.nationality())
                        .param("displacement", name(profile.displacement()))
                        .param("languages", array(profile.languages()))
                        .param(
                                "region",
                                profile.region() == null
                                        ? null
                                        : profile.region().code())
                        .param("vulnerabilities", array(vulnerabilities(profile)))
                        .param("createdBy", createdBy)
                        .param("at", Timestamp.from(at))
                        .update()
                == 1;
    }

    void insertIdentity(UUID id, byte[] identitySealed, byte[] safeContactSealed) {
        jdbc.sql("""
                        insert into person_identity (person_id, identity_sealed, safe_contact_sealed)
                        values (:id, :identity, :contact)
                        """)
                .param("id", id)
                .param("identity", identitySealed)
                .param("contact", safeContactSealed)
                .update();
    }

    /** Replaces the structural data if the row is still at {@code version}; returns whether it was. */
    boolean updateProfile(UUID id, int version, PersonProfile profile, Instant at) {
        return jdbc.sql("""
                                update person set kind = :kind, sex = :sex, age_band = :ageBand, birth_year = :birthYear,
                                       nationality = :nationality, displacement = :displacement,
                                       languages = cast(:languages as text[]), region = :region,
                                       vulnerabilities = cast(:vulnerabilities as text[]), changed_at = :at,
                                       version = version + 1
                                 where id = :id and version = :version and erased_at is null
                                """)
                        .param("kind", profile.kind().name())
                        .param("sex", name(profile.sex()))
                        .param("ageBand", name(profile.ageBand()))
                        .param("birthYear", profile.birthYear())
                        .param("nationality", profile.nationality())
                        .param("displacement", name(profile.displacement()))
                        .param("languages", array(profile.languages()))
                        .param(
                                "region",
                                profile.region() == null
                                        ? null
                                        : profile.region().code())
                        .param("vulnerabilities", array(vulnerabilities(profile)))
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Moves the person to the next version (a change of the sealed parts); false when stale. */
    boolean touch(UUID id, int version, Instant at) {
        return jdbc.sql("""
                                update person set changed_at = :at, version = version + 1
                                 where id = :id and version = :version and erased_at is null
                                """)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    void updateIdentity(UUID id, byte[] identitySealed) {
        jdbc.sql("update person_identity set identity_sealed = :s where person_id = :id")
                .param("s", identitySealed)
                .param("id", id)
                .update();
    }

    void updateSafeContact(UUID id, byte[] safeContactSealed) {
        jdbc.sql("update person_identity set safe_contact_sealed = :s where person_id = :id")
                .param("s", safeContactSealed)
                .param("id", id)
                .update();
    }

    Optional<PersonSummary> find(PersonId id) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.id = :id")
                .param("id", id.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    Optional<PersonSummary> find(ClientCode code) {
        return jdbc.sql("select " + COLUMNS + " from person p where p.client_code = :code")
                .param("code", code.value())
                .query((rs, n) -> map(rs))
                .optional();
    }

    Optional<UUID> createdBy(PersonId id) {
        return jdbc.sql("select created_by from person where id = :id")
                .param("id", id.value())
                .query(UUID.class)
                .optional();
    }

    /** The sealed identity and safe contact, or empty when erased. */
    Optional<SealedParts> sealed(PersonId id) {
        return jdbc.sql("select identity_sealed, safe_contact_sealed from person_identity where person_id = :id")
                .param("id", id.value())
                .query((rs, n) -> new SealedParts(rs.getBytes(1), rs.getBytes(2)))
                .optional();
    }

    /** A person's sealed parts as stored. */
    record SealedParts(byte[] identity, byte[] safeContact) {}

    /** Replaces the person's name indexes. */
    void replaceNameIndexes(UUID id, Set<IndexBytes> indexes) {
        jdbc.sql("delete from person_name_index where person_id = :id")
                .param("id", id)
                .update();
        for (IndexBytes index : indexes) {
            jdbc.sql("insert into person_name_index (person_id, name_index) values (:id, :i)")
                    .param("id", id)
                    .param("i", index.bytes())
                    .update();
        }
    }

    /**
     * Persons with one of the name indexes whose structural data does not contradict {@code profile}:
     * sex, nationality equal and birth year within one year, where both sides know them. Reads no
     * sealed column.
     */
    List<PersonSummary> resembling(Set<IndexBytes> indexes, PersonProfile profile, int limit) {
        if (indexes.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder(
                "select " + COLUMNS + " from person p where p.erased_at is null"
                        + " and exists (select 1 from person_name_index n where n.person_id = p.id and n.name_index in (:indexes))");
        List<byte[]> bytes = indexes.stream().map(IndexBytes::bytes).toList();
        if (profile.sex() != null) sql.append(" and (p.sex is null or p.sex = :sex)");
        if (profile.nationality() != null) sql.append(" and (p.nationality is null or p.nationality = :nationality)");
        if (profile.birthYear() != null)
            sql.append(" and (p.birth_year is null or abs(p.birth_year - :birthYear) <= 1)");
        sql.append(" order by p.created_at, p.id limit :limit");
        var statement = jdbc.sql(sql.toString()).param("indexes", bytes).param("limit", limit);
        if (profile.sex() != null)
            statement = statement.param("sex", profile.sex().name());
        if (profile.nationality() != null) statement = statement.param("nationality", profile.nationality());
        if (profile.birthYear() != null) statement = statement.param("birthYear", profile.birthYear());
        return statement.query((rs, n) -> map(rs)).list();
    }

    /**
     * Forgets a person whose key was destroyed: the sealed parts and name indexes go, the row is
     * marked erased, and its structural data is cleared unless it may stay.
     */
    void erase(UUID id, boolean keepStructural, Instant at) {
        jdbc.sql("delete from person_name_index where person_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from person_identity where person_id = :id")
                .param("id", id)
                .update();
        String clear = keepStructural
                ? ""
                : ", sex = null, age_band = null, birth_year = null, nationality = null, displacement = null,"
                        + " languages = '{}', region = null, vulnerabilities = '{}'";
        jdbc.sql("update person set erased_at = :at, version = version + 1" + clear + " where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    private static PersonSummary map(ResultSet rs) throws SQLException {
        String region = rs.getString("region");
        Integer birthYear = rs.getObject("birth_year", Integer.class);
        Timestamp erased = rs.getTimestamp("erased_at");
        Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        for (String v : strings(rs.getArray("vulnerabilities"))) vulnerabilities.add(Vulnerability.valueOf(v));
        PersonProfile profile = new PersonProfile(
                PersonKind.valueOf(rs.getString("kind")),
                parse(Sex.class, rs.getString("sex")),
                parse(AgeBand.class, rs.getString("age_band")),
                birthYear,
                rs.getString("nationality"),
                parse(DisplacementStatus.class, rs.getString("displacement")),
                strings(rs.getArray("languages")),
                region == null ? null : new Region(region),
                vulnerabilities);
        return new PersonSummary(
                PersonId.of(rs.getObject("id", UUID.class)),
                new ClientCode(rs.getString("client_code")),
                profile,
                rs.getTimestamp("created_at").toInstant(),
                erased != null,
                rs.getInt("version"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) return List.of();
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> vulnerabilities(PersonProfile profile) {
        return profile.vulnerabilities().stream().map(Enum::name).sorted().toList();
    }

    /** A PostgreSQL array literal of codes checked by the caller (letters, digits and underscores only). */
    private static String array(List<String> values) {
        List<String> checked = new ArrayList<>();
        for (String v : values) {
            if (!v.matches("[A-Za-z0-9_]+")) throw new IllegalArgumentException("Not a code");
            checked.add(v);
        }
        return "{" + String.join(",", checked) + "}";
    }
}
