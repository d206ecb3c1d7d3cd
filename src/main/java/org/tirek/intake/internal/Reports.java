package org.tirek.intake.internal;

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

/** The intake tables: reports, messages, files and their content. Sensitive columns hold ciphertext only. */
@Repository
class Reports {

    private static final String REPORT_COLUMNS = """
            id, received_at, questionnaire_version, state, assigned_to, assigned_name, case_id, triaged_at,
            answers, last_reporter_at, last_staff_at, deletion_requested_at""";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The states of a report. */
    enum State {
        NEW,
        SPAM,
        CONVERTED,
        ATTACHED
    }

    record ReportRow(
            UUID id,
            Instant receivedAt,
            int questionnaireVersion,
            State state,
            @Nullable UUID assignedTo,
            @Nullable String assignedName,
            @Nullable UUID caseId,
            @Nullable Instant triagedAt,
            byte[] answers,
            Instant lastReporterAt,
            @Nullable Instant lastStaffAt,
            @Nullable Instant deletionRequestedAt) {}

    record MessageRow(
            UUID id,
            UUID reportId,
            Instant sentAt,
            boolean fromStaff,
            @Nullable String staffName,
            byte[] body) {}

    record FileRow(
            UUID id,
            UUID reportId,
            Instant receivedAt,
            byte[] wrappedKey,
            byte[] meta,
            @Nullable UUID evidenceId) {}

    record ReceiptRow(UUID id, byte[] salt, byte[] hash) {}

    void insertReport(UUID id, Instant at, int version, Receipts.Issued receipt, byte[] answers) {
        jdbc.sql("""
                        insert into intake_report (id, received_at, questionnaire_version, state, receipt_tag,
                                                   receipt_salt, receipt_hash, answers, last_reporter_at)
                        values (:id, :at, :v, 'NEW', :tag, :salt, :hash, :answers, :at)
                        """)
                .param("id", id)
                .param("at", Timestamp.from(at))
                .param("v", version)
                .param("tag", receipt.tag())
                .param("salt", receipt.salt())
                .param("hash", receipt.hash())
                .param("answers", answers)
                .update();
    }

    void insertMessage(
            UUID id, UUID reportId, Instant at, @Nullable UUID staffId, @Nullable String staffName, byte[] body) {
        jdbc.sql("""
                        insert into intake_message (id, report_id, sent_at, author, staff_id, staff_name, body)
                        values (:id, :r, :at, :author, :staff, :name, :body)
                        """)
                .param("id", id)
                .param("r", reportId)
                .param("at", Timestamp.from(at))
                .param("author", staffId == null ? "REPORTER" : "STAFF")
                .param("staff", staffId)
                .param("name", staffName)
                .param("body", body)
                .update();
        jdbc.sql(
                        staffId == null
                                ? "update intake_report set last_reporter_at = :at where id = :r"
                                : "update intake_report set last_staff_at = :at where id = :r")
                .param("at", Timestamp.from(at))
                .param("r", reportId)
                .update();
    }

    void insertFile(UUID id, UUID reportId, Instant at, byte[] wrappedKey, byte[] meta, byte[] content) {
        jdbc.sql("""
                        insert into intake_file (id, report_id, received_at, wrapped_key, meta)
                        values (:id, :r, :at, :k, :m)
                        """)
                .param("id", id)
                .param("r", reportId)
                .param("at", Timestamp.from(at))
                .param("k", wrappedKey)
                .param("m", meta)
                .update();
        jdbc.sql("insert into intake_file_content (file_id, content) values (:id, :c)")
                .param("id", id)
                .param("c", content)
                .update();
    }

    /** Reports whose receipt has {@code tag}, for the Argon2id comparison. */
    List<ReceiptRow> withTag(int tag) {
        return jdbc.sql("select id, receipt_salt, receipt_hash from intake_report where receipt_tag = :t")
                .param("t", tag)
                .query((rs, n) -> new ReceiptRow(
                        rs.getObject("id", UUID.class), rs.getBytes("receipt_salt"), rs.getBytes("receipt_hash")))
                .list();
    }

    Optional<ReportRow> report(UUID id) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from intake_report where id = :id")
                .param("id", id)
                .query(Reports::report)
                .optional();
    }

    /** Reports in {@code states}, oldest first. */
    List<ReportRow> inState(List<State> states, int limit) {
        return jdbc.sql("select " + REPORT_COLUMNS
                        + " from intake_report where state in (:s) order by received_at, id limit :limit")
                .param("s", states.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(Reports::report)
                .list();
    }

    List<ReportRow> ofCase(UUID caseId) {
        return jdbc.sql("select " + REPORT_COLUMNS + " from intake_report where case_id = :c order by received_at")
                .param("c", caseId)
                .query(Reports::report)
                .list();
    }

    List<MessageRow> messages(UUID reportId) {
        return jdbc.sql("""
                        select id, report_id, sent_at, author, staff_name, body from intake_message
                         where report_id = :r order by sent_at, id
                        """)
                .param("r", reportId)
                .query((rs, n) -> new MessageRow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("report_id", UUID.class),
                        rs.getTimestamp("sent_at").toInstant(),
                        "STAFF".equals(rs.getString("author")),
                        rs.getString("staff_name"),
                        rs.getBytes("body")))
                .list();
    }

    List<FileRow> files(UUID reportId) {
        return jdbc.sql("""
                        select id, report_id, received_at, wrapped_key, meta, evidence_id from intake_file
                         where report_id = :r order by received_at, id
                        """).param("r", reportId).query((rs, n) -> file(rs)).list();
    }

    Optional<FileRow> file(UUID fileId) {
        return jdbc.sql("""
                        select id, report_id, received_at, wrapped_key, meta, evidence_id from intake_file where id = :id
                        """).param("id", fileId).query((rs, n) -> file(rs)).optional();
    }

    byte[] content(UUID fileId) {
        return jdbc.sql("select content from intake_file_content where file_id = :id")
                .param("id", fileId)
                .query(byte[].class)
                .single();
    }

    void fileInEvidence(UUID fileId, UUID evidenceId) {
        jdbc.sql("update intake_file set evidence_id = :e where id = :id")
                .param("e", evidenceId)
                .param("id", fileId)
                .update();
    }

    /** Sets the state of an untriaged report; false when it is no longer untriaged. */
    boolean mark(UUID id, State state, Instant at) {
        return jdbc.sql(
                                "update intake_report set state = :s, triaged_at = :at where id = :id and state in ('NEW', 'SPAM')")
                        .param("s", state.name())
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    void assign(UUID id, UUID userId, String username) {
        jdbc.sql("update intake_report set assigned_to = :u, assigned_name = :n where id = :id")
                .param("u", userId)
                .param("n", username)
                .param("id", id)
                .update();
    }

    /** Links an untriaged report to a case; false when another request triaged it first. */
    boolean linkCase(UUID id, UUID caseId, State state, Instant at) {
        return jdbc.sql("""
                        update intake_report set state = :s, case_id = :c, triaged_at = :at
                         where id = :id and state in ('NEW', 'SPAM')
                        """)
                        .param("s", state.name())
                        .param("c", caseId)
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .update()
                == 1;
    }

    void requestDeletion(UUID id, Instant at) {
        jdbc.sql(
                        "update intake_report set deletion_requested_at = :at where id = :id and deletion_requested_at is null")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /**
     * Deletes what retention allows: untriaged reports received before {@code untriagedBefore},
     * spam marked before {@code spamBefore}, and any report not in a case whose reporter asked for
     * deletion. Messages, files and their content go with them (cascade).
     */
    List<UUID> deleteExpired(Instant untriagedBefore, Instant spamBefore) {
        return jdbc.sql("""
                        delete from intake_report
                         where (state = 'NEW' and received_at < :u)
                            or (state = 'SPAM' and coalesce(triaged_at, received_at) < :s)
                            or (state in ('NEW', 'SPAM') and deletion_requested_at is not null)
                        returning id
                        """)
                .param("u", Timestamp.from(untriagedBefore))
                .param("s", Timestamp.from(spamBefore))
                .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject("id", UUID.class)))
                .list();
    }

    /** Deletes the reports taken into this case, with their messages and files. */
    List<UUID> deleteOfCase(UUID caseId) {
        return jdbc.sql("delete from intake_report where case_id = :c returning id")
                .param("c", caseId)
                .query((rs, n) -> java.util.Objects.requireNonNull(rs.getObject("id", UUID.class)))
                .list();
    }

    long countNewBefore(Instant before) {
        return jdbc.sql("select count(*) from intake_report where state = 'NEW' and received_at < :b")
                .param("b", Timestamp.from(before))
                .query(Long.class)
                .single();
    }

    long countNew() {
        return jdbc.sql("select count(*) from intake_report where state = 'NEW'")
                .query(Long.class)
                .single();
    }

    private static ReportRow report(ResultSet rs, int n) throws SQLException {
        Timestamp triaged = rs.getTimestamp("triaged_at");
        Timestamp staff = rs.getTimestamp("last_staff_at");
        Timestamp deletion = rs.getTimestamp("deletion_requested_at");
        return new ReportRow(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("received_at").toInstant(),
                rs.getInt("questionnaire_version"),
                State.valueOf(rs.getString("state")),
                rs.getObject("assigned_to", UUID.class),
                rs.getString("assigned_name"),
                rs.getObject("case_id", UUID.class),
                triaged == null ? null : triaged.toInstant(),
                rs.getBytes("answers"),
                rs.getTimestamp("last_reporter_at").toInstant(),
                staff == null ? null : staff.toInstant(),
                deletion == null ? null : deletion.toInstant());
    }

    private static FileRow file(ResultSet rs) throws SQLException {
        return new FileRow(
                rs.getObject("id", UUID.class),
                rs.getObject("report_id", UUID.class),
                rs.getTimestamp("received_at").toInstant(),
                rs.getBytes("wrapped_key"),
                rs.getBytes("meta"),
                rs.getObject("evidence_id", UUID.class));
    }
}
