package org.tirek.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ConsentMethod;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.ConsentTerms;
import org.tirek.cases.ConsentUse;
import org.tirek.people.OrganisationId;
import org.tirek.people.PersonId;

/** The {@code case_consent} and {@code consent_use} tables; conditions and revocation reasons stay sealed here. */
@Repository
class CaseConsents {

    private final JdbcClient jdbc;

    CaseConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ConsentRow c) {
        jdbc.sql("""
                        insert into case_consent (id, case_id, purpose, recipient_id, given_by, method, language, given_on,
                                                  expires_on, explained_by, explained_by_name, conditions_sealed,
                                                  recorded_by, recorded_by_name, recorded_at)
                        values (:id, :c, :purpose, :recipient, :givenBy, :method, :language, :givenOn, :expiresOn,
                                :explainedBy, :explainedByName, :conditions, :recordedBy, :recordedByName, :at)
                        """)
                .param("id", c.id().value())
                .param("c", c.caseId().value())
                .param("purpose", c.purpose().name())
                .param("recipient", c.recipient() == null ? null : c.recipient().value())
                .param("givenBy", c.givenBy() == null ? null : c.givenBy().value())
                .param("method", c.method().name())
                .param("language", c.language())
                .param("givenOn", Date.valueOf(c.givenOn()))
                .param("expiresOn", c.expiresOn() == null ? null : Date.valueOf(c.expiresOn()))
                .param("explainedBy", c.explainedBy())
                .param("explainedByName", c.explainedByName())
                .param("conditions", c.conditionsSealed())
                .param("recordedBy", c.recordedBy())
                .param("recordedByName", c.recordedByName())
                .param("at", Timestamp.from(c.recordedAt()))
                .update();
    }

    /** The case's consents, in the order they were recorded, newest first. */
    List<ConsentRow> ofCase(CaseId caseId) {
        return jdbc.sql("select * from case_consent where case_id = :c order by recorded_at desc, id")
                .param("c", caseId.value())
                .query((rs, n) -> ConsentRow.from(rs))
                .list();
    }

    Optional<ConsentRow> find(ConsentId id) {
        return jdbc.sql("select * from case_consent where id = :id")
                .param("id", id.value())
                .query((rs, n) -> ConsentRow.from(rs))
                .optional();
    }

    /** The case's consents for {@code purpose} that could apply (the terms decide), oldest first. */
    List<ConsentRow> forPurpose(CaseId caseId, ConsentPurpose purpose) {
        return jdbc.sql("""
                        select * from case_consent where case_id = :c and purpose = :purpose
                         order by given_on, recorded_at, id
                        """)
                .param("c", caseId.value())
                .param("purpose", purpose.name())
                .query((rs, n) -> ConsentRow.from(rs))
                .list();
    }

    /** Marks the consent revoked unless it already is; returns whether it was revoked now. */
    boolean revoke(ConsentId id, Instant at, String byName, byte[] reasonSealed) {
        return jdbc.sql("""
                        update case_consent set revoked_at = :at, revoked_by_name = :by, revocation_sealed = :reason
                         where id = :id and revoked_at is null
                        """)
                        .param("at", Timestamp.from(at))
                        .param("by", byName)
                        .param("reason", reasonSealed)
                        .param("id", id.value())
                        .update()
                == 1;
    }

    void insertUse(ConsentId consent, CaseId caseId, ConsentUse.Kind kind, UUID subject, Instant at, String byName) {
        jdbc.sql("""
                        insert into consent_use (id, consent_id, case_id, kind, subject_id, used_at, used_by_name)
                        values (:id, :consent, :c, :kind, :subject, :at, :by)
                        """)
                .param("id", UUID.randomUUID())
                .param("consent", consent.value())
                .param("c", caseId.value())
                .param("kind", kind.name())
                .param("subject", subject)
                .param("at", Timestamp.from(at))
                .param("by", byName)
                .update();
    }

    /** What was shared under each consent of the case, oldest first. */
    Map<ConsentId, List<ConsentUse>> usesOfCase(CaseId caseId) {
        record Used(ConsentId consent, ConsentUse use) {}
        return jdbc
                .sql("""
                        select u.consent_id, u.kind, u.subject_id, u.used_at, u.used_by_name, c.recipient_id
                          from consent_use u join case_consent c on c.id = u.consent_id
                         where u.case_id = :c order by u.used_at, u.id
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> new Used(ConsentId.of(rs.getObject("consent_id", UUID.class)), use(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Used::consent, LinkedHashMap::new, Collectors.mapping(Used::use, Collectors.toList())));
    }

    /** What was shared under one consent, oldest first. */
    List<ConsentUse> usesOf(ConsentId consent) {
        return jdbc.sql("""
                        select u.kind, u.subject_id, u.used_at, u.used_by_name, c.recipient_id
                          from consent_use u join case_consent c on c.id = u.consent_id
                         where u.consent_id = :id order by u.used_at, u.id
                        """)
                .param("id", consent.value())
                .query((rs, n) -> use(rs))
                .list();
    }

    /** Drops the sealed texts and the giver of the case's consents (their key is gone); returns their ids. */
    List<UUID> dropSealed(CaseId caseId) {
        return jdbc.sql("""
                        update case_consent set conditions_sealed = null, revocation_sealed = null, given_by = null
                         where case_id = :c returning id
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** Deletes the case's consents and their uses (referrals first: they point here); returns their ids. */
    List<UUID> deleteOfCase(CaseId caseId) {
        jdbc.sql("delete from consent_use where case_id = :c")
                .param("c", caseId.value())
                .update();
        return jdbc.sql("delete from case_consent where case_id = :c returning id")
                .param("c", caseId.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    private static ConsentUse use(ResultSet rs) throws SQLException {
        return new ConsentUse(
                ConsentUse.Kind.valueOf(rs.getString("kind")),
                rs.getObject("subject_id", UUID.class),
                OrganisationId.of(rs.getObject("recipient_id", UUID.class)),
                rs.getTimestamp("used_at").toInstant(),
                rs.getString("used_by_name"));
    }

    /** A consent as stored. */
    record ConsentRow(
            ConsentId id,
            CaseId caseId,
            ConsentPurpose purpose,
            @Nullable OrganisationId recipient,
            @Nullable PersonId givenBy,
            ConsentMethod method,
            @Nullable String language,
            LocalDate givenOn,
            @Nullable LocalDate expiresOn,
            UUID explainedBy,
            String explainedByName,
            byte @Nullable [] conditionsSealed,
            UUID recordedBy,
            String recordedByName,
            Instant recordedAt,
            @Nullable Instant revokedAt,
            @Nullable String revokedByName,
            byte @Nullable [] revocationSealed) {

        ConsentTerms terms() {
            return new ConsentTerms(purpose, recipient, givenOn, expiresOn, revokedAt);
        }

        static ConsentRow from(ResultSet rs) throws SQLException {
            UUID recipient = rs.getObject("recipient_id", UUID.class);
            UUID givenBy = rs.getObject("given_by", UUID.class);
            Date expires = rs.getDate("expires_on");
            Timestamp revoked = rs.getTimestamp("revoked_at");
            return new ConsentRow(
                    ConsentId.of(rs.getObject("id", UUID.class)),
                    CaseId.of(rs.getObject("case_id", UUID.class)),
                    ConsentPurpose.valueOf(rs.getString("purpose")),
                    recipient == null ? null : OrganisationId.of(recipient),
                    givenBy == null ? null : PersonId.of(givenBy),
                    ConsentMethod.valueOf(rs.getString("method")),
                    rs.getString("language"),
                    rs.getDate("given_on").toLocalDate(),
                    expires == null ? null : expires.toLocalDate(),
                    rs.getObject("explained_by", UUID.class),
                    rs.getString("explained_by_name"),
                    rs.getBytes("conditions_sealed"),
                    rs.getObject("recorded_by", UUID.class),
                    rs.getString("recorded_by_name"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    revoked == null ? null : revoked.toInstant(),
                    rs.getString("revoked_by_name"),
                    rs.getBytes("revocation_sealed"));
        }
    }
}
