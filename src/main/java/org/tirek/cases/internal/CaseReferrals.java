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
import org.tirek.cases.ReferralId;
import org.tirek.cases.ReferralStatus;
import org.tirek.cases.ReferralStep;
import org.tirek.cases.ServiceType;
import org.tirek.people.OrganisationId;

/** The {@code case_referral} and {@code referral_status_change} tables; outcomes stay sealed here. */
@Repository
class CaseReferrals {

    private final JdbcClient jdbc;

    CaseReferrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReferralRow r) {
        jdbc.sql("""
                        insert into case_referral (id, case_id, service_type, provider_id, consent_id, status, status_on,
                                                   follow_up_on, created_by, created_by_name, created_at, changed_at,
                                                   version)
                        values (:id, :c, :type, :provider, :consent, :status, :on, :followUp, :by, :byName, :at, :at, 0)
                        """)
                .param("id", r.id().value())
                .param("c", r.caseId().value())
                .param("type", r.serviceType().name())
                .param("provider", r.provider().value())
                .param("consent", r.consent().value())
                .param("status", r.status().name())
                .param("on", Date.valueOf(r.statusOn()))
                .param("followUp", r.followUpOn() == null ? null : Date.valueOf(r.followUpOn()))
                .param("by", r.createdBy())
                .param("byName", r.createdByName())
                .param("at", Timestamp.from(r.createdAt()))
                .update();
    }

    /** Appends a status to the referral's history. */
    void insertStep(ReferralId id, ReferralStatus status, LocalDate on, Instant at, String byName) {
        jdbc.sql("""
                        insert into referral_status_change (referral_id, seq, status, status_on, changed_at, changed_by_name)
                        values (:id, (select coalesce(max(seq), 0) + 1 from referral_status_change where referral_id = :id),
                                :status, :on, :at, :by)
                        """)
                .param("id", id.value())
                .param("status", status.name())
                .param("on", Date.valueOf(on))
                .param("at", Timestamp.from(at))
                .param("by", byName)
                .update();
    }

    /** The case's referrals, open ones first, then by status day, newest first. */
    List<ReferralRow> ofCase(CaseId caseId) {
        return jdbc.sql("""
                        select * from case_referral where case_id = :c
                         order by case when status in ('PLANNED', 'MADE', 'ACCEPTED') then 0 else 1 end,
                                  status_on desc, created_at desc, id
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> ReferralRow.from(rs))
                .list();
    }

    Optional<ReferralRow> find(ReferralId id) {
        return jdbc.sql("select * from case_referral where id = :id")
                .param("id", id.value())
                .query((rs, n) -> ReferralRow.from(rs))
                .optional();
    }

    /** The histories of the case's referrals, each oldest first. */
    Map<ReferralId, List<ReferralStep>> historiesOfCase(CaseId caseId) {
        record Step(ReferralId referral, ReferralStep step) {}
        return jdbc
                .sql("""
                        select s.* from referral_status_change s join case_referral r on r.id = s.referral_id
                         where r.case_id = :c order by s.referral_id, s.seq
                        """)
                .param("c", caseId.value())
                .query((rs, n) -> new Step(ReferralId.of(rs.getObject("referral_id", UUID.class)), step(rs)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Step::referral, LinkedHashMap::new, Collectors.mapping(Step::step, Collectors.toList())));
    }

    List<ReferralStep> history(ReferralId id) {
        return jdbc.sql("select * from referral_status_change where referral_id = :id order by seq")
                .param("id", id.value())
                .query((rs, n) -> step(rs))
                .list();
    }

    /**
     * Writes {@code columns} if the referral is still at {@code version}, raising the version;
     * returns whether it was. Column names come from the service, never from a request.
     */
    boolean update(ReferralId id, int version, Map<String, @Nullable Object> columns, Instant at) {
        StringBuilder sql =
                new StringBuilder("update case_referral set version = version + 1, changed_at = :changedAt");
        columns.keySet().forEach(c -> sql.append(", ").append(c).append(" = :").append(c));
        sql.append(" where id = :id and version = :version");
        var statement = jdbc.sql(sql.toString())
                .param("changedAt", Timestamp.from(at))
                .param("id", id.value())
                .param("version", version);
        for (var c : columns.entrySet()) statement = statement.param(c.getKey(), c.getValue());
        return statement.update() == 1;
    }

    /** Drops the outcomes of the case's referrals (their key is gone); returns their ids. */
    List<UUID> dropSealed(CaseId caseId) {
        return jdbc.sql("update case_referral set outcome_sealed = null where case_id = :c returning id")
                .param("c", caseId.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    /** Deletes the case's referrals with their histories; returns their ids. */
    List<UUID> deleteOfCase(CaseId caseId) {
        return jdbc.sql("delete from case_referral where case_id = :c returning id")
                .param("c", caseId.value())
                .query((rs, n) -> rs.getObject(1, UUID.class))
                .list();
    }

    private static ReferralStep step(ResultSet rs) throws SQLException {
        return new ReferralStep(
                ReferralStatus.valueOf(rs.getString("status")),
                rs.getDate("status_on").toLocalDate(),
                rs.getTimestamp("changed_at").toInstant(),
                rs.getString("changed_by_name"));
    }

    /** A referral as stored. */
    record ReferralRow(
            ReferralId id,
            CaseId caseId,
            ServiceType serviceType,
            OrganisationId provider,
            ConsentId consent,
            ReferralStatus status,
            LocalDate statusOn,
            @Nullable LocalDate followUpOn,
            byte @Nullable [] outcomeSealed,
            UUID createdBy,
            String createdByName,
            Instant createdAt,
            int version) {

        static ReferralRow from(ResultSet rs) throws SQLException {
            Date followUp = rs.getDate("follow_up_on");
            return new ReferralRow(
                    ReferralId.of(rs.getObject("id", UUID.class)),
                    CaseId.of(rs.getObject("case_id", UUID.class)),
                    ServiceType.valueOf(rs.getString("service_type")),
                    OrganisationId.of(rs.getObject("provider_id", UUID.class)),
                    ConsentId.of(rs.getObject("consent_id", UUID.class)),
                    ReferralStatus.valueOf(rs.getString("status")),
                    rs.getDate("status_on").toLocalDate(),
                    followUp == null ? null : followUp.toLocalDate(),
                    rs.getBytes("outcome_sealed"),
                    rs.getObject("created_by", UUID.class),
                    rs.getString("created_by_name"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getInt("version"));
        }
    }
}
