package org.tirek.evidence.internal;

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
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.EvidenceFile;

/** The {@code evidence_file} and {@code evidence_custody} tables. */
@Repository
class EvidenceFiles {

    private static final String SELECT = """
            select f.id, f.case_id, f.name_sealed, f.media_type, f.size_bytes, f.sha256, f.sharing_copy,
                   f.sharing_size, f.uploaded_by, f.uploaded_at, f.deleted_at, f.erased_at,
                   (select c.actor_name from evidence_custody c
                     where c.file_id = f.id and c.action = 'UPLOADED' order by c.sequence limit 1) as uploader
              from evidence_file f
            """;

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FileRow row) {
        jdbc.sql("""
                        insert into evidence_file (id, case_id, name_sealed, media_type, size_bytes, sha256,
                                                   sharing_copy, sharing_size, uploaded_by, uploaded_at)
                        values (:id, :caseId, :name, :type, :size, :sha, :copy, :copySize, :by, :at)
                        """)
                .param("id", row.id())
                .param("caseId", row.caseId())
                .param("name", row.nameSealed())
                .param("type", row.type())
                .param("size", row.bytes())
                .param("sha", row.fingerprint())
                .param("copy", row.sharingCopy().name())
                .param("copySize", row.sharingSize())
                .param("by", row.uploadedBy())
                .param("at", Timestamp.from(row.uploadedAt()))
                .update();
    }

    Optional<FileRow> find(UUID id) {
        return jdbc.sql(SELECT + " where f.id = :id")
                .param("id", id)
                .query(EvidenceFiles::map)
                .optional();
    }

    List<FileRow> ofCase(UUID caseId) {
        return jdbc.sql(SELECT + " where f.case_id = :c and f.deleted_at is null order by f.uploaded_at, f.id")
                .param("c", caseId)
                .query(EvidenceFiles::map)
                .list();
    }

    void markDeleted(UUID id, Instant at) {
        jdbc.sql("update evidence_file set deleted_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /**
     * Marks every file of an erased case (deleted or not): no fingerprint, no size of the sharing
     * copy, and media type and size only if structural data is kept.
     *
     * @return the files marked now
     */
    List<UUID> markErased(UUID caseId, boolean keepStructural, Instant at) {
        return jdbc.sql("""
                        update evidence_file
                           set erased_at = :at, deleted_at = coalesce(deleted_at, :at), sha256 = null,
                               sharing_size = null,
                               media_type = case when :keep then media_type end,
                               size_bytes = case when :keep then size_bytes end
                         where case_id = :c and erased_at is null
                        returning id
                        """)
                .param("at", Timestamp.from(at))
                .param("keep", keepStructural)
                .param("c", caseId)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    long append(
            UUID entryId,
            UUID fileId,
            CustodyEntry.Action action,
            UUID actor,
            String actorName,
            Instant at,
            byte @Nullable [] reason) {
        return jdbc.sql("""
                        insert into evidence_custody (entry_id, file_id, action, actor, actor_name, at, reason_sealed)
                        values (:e, :f, :a, :actor, :name, :at, :reason) returning sequence
                        """)
                .param("e", entryId)
                .param("f", fileId)
                .param("a", action.name())
                .param("actor", actor)
                .param("name", actorName)
                .param("at", Timestamp.from(at))
                .param("reason", reason)
                .query(Long.class)
                .single();
    }

    /** Custody rows of a file, oldest first, reasons still sealed. */
    List<CustodyRow> custody(UUID fileId) {
        return jdbc.sql("""
                        select sequence, entry_id, action, actor_name, at, reason_sealed from evidence_custody
                         where file_id = :f order by sequence
                        """)
                .param("f", fileId)
                .query((rs, n) -> new CustodyRow(
                        rs.getLong("sequence"),
                        rs.getObject("entry_id", UUID.class),
                        CustodyEntry.Action.valueOf(rs.getString("action")),
                        rs.getString("actor_name"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getBytes("reason_sealed")))
                .list();
    }

    long countLive() {
        return jdbc.sql("select count(*) from evidence_file where deleted_at is null")
                .query(Long.class)
                .single();
    }

    record CustodyRow(
            long sequence,
            UUID entryId,
            CustodyEntry.Action action,
            String actor,
            Instant at,
            byte @Nullable [] reasonSealed) {}

    private static FileRow map(ResultSet rs, int n) throws SQLException {
        return new FileRow(
                rs.getObject("id", UUID.class),
                rs.getObject("case_id", UUID.class),
                rs.getBytes("name_sealed"),
                rs.getString("media_type"),
                nullableLong(rs, "size_bytes"),
                rs.getBytes("sha256"),
                EvidenceFile.SharingCopy.valueOf(rs.getString("sharing_copy")),
                nullableLong(rs, "sharing_size"),
                rs.getObject("uploaded_by", UUID.class),
                String.valueOf(rs.getString("uploader")),
                rs.getTimestamp("uploaded_at").toInstant(),
                instant(rs, "deleted_at"),
                instant(rs, "erased_at"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
