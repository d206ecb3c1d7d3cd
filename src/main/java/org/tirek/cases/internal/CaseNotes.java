package org.tirek.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.cases.CaseId;

/** The {@code case_note} and {@code case_note_revision} tables; texts stay sealed here. */
@Repository
class CaseNotes {

    private final JdbcClient jdbc;

    CaseNotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, CaseId caseId, byte[] textSealed, UUID by, String byName, Instant at) {
        jdbc.sql("""
                        insert into case_note (id, case_id, text_sealed, created_by, created_by_name, created_at, version,
                                               last_writer, last_writer_name)
                        values (:id, :c, :text, :by, :name, :at, 1, :by, :name)
                        """)
                .param("id", id)
                .param("c", caseId.value())
                .param("text", textSealed)
                .param("by", by)
                .param("name", byName)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<NoteRow> ofCase(CaseId caseId) {
        return jdbc.sql("select * from case_note where case_id = :c order by created_at desc, id")
                .param("c", caseId.value())
                .query((rs, n) -> NoteRow.from(rs))
                .list();
    }

    Optional<NoteRow> find(CaseId caseId, UUID noteId) {
        return jdbc.sql("select * from case_note where case_id = :c and id = :id")
                .param("c", caseId.value())
                .param("id", noteId)
                .query((rs, n) -> NoteRow.from(rs))
                .optional();
    }

    /**
     * Keeps the current text as a revision and writes the new one, if the note is still at
     * {@code version}; returns whether it was.
     */
    boolean replace(NoteRow current, byte[] newTextSealed, UUID by, String byName, Instant at) {
        int updated = jdbc.sql("""
                        update case_note set text_sealed = :text, version = version + 1, edited_at = :at,
                                             last_writer = :by, last_writer_name = :name
                         where id = :id and version = :version
                        """)
                .param("text", newTextSealed)
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("name", byName)
                .param("id", current.id())
                .param("version", current.version())
                .update();
        if (updated == 0) return false;
        jdbc.sql("""
                        insert into case_note_revision (note_id, version, text_sealed, written_by, written_by_name,
                                                        written_at)
                        values (:id, :version, :text, :by, :name, :at)
                        """)
                .param("id", current.id())
                .param("version", current.version())
                .param("text", current.textSealed())
                .param("by", current.lastWriter())
                .param("name", current.lastWriterName())
                .param("at", Timestamp.from(current.lastWrittenAt()))
                .update();
        return true;
    }

    List<RevisionRow> revisions(UUID noteId) {
        return jdbc.sql("""
                        select version, text_sealed, written_by_name, written_at from case_note_revision
                         where note_id = :id order by version
                        """)
                .param("id", noteId)
                .query((rs, n) -> new RevisionRow(
                        rs.getInt("version"),
                        rs.getBytes("text_sealed"),
                        rs.getString("written_by_name"),
                        rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    /** A note as stored. */
    record NoteRow(
            UUID id,
            UUID caseId,
            byte[] textSealed,
            String authorName,
            Instant createdAt,
            @Nullable Instant editedAt,
            int version,
            UUID lastWriter,
            String lastWriterName) {

        static NoteRow from(java.sql.ResultSet rs) throws java.sql.SQLException {
            Timestamp edited = rs.getTimestamp("edited_at");
            return new NoteRow(
                    rs.getObject("id", UUID.class),
                    rs.getObject("case_id", UUID.class),
                    rs.getBytes("text_sealed"),
                    rs.getString("created_by_name"),
                    rs.getTimestamp("created_at").toInstant(),
                    edited == null ? null : edited.toInstant(),
                    rs.getInt("version"),
                    rs.getObject("last_writer", UUID.class),
                    rs.getString("last_writer_name"));
        }

        Instant lastWrittenAt() {
            return editedAt == null ? createdAt : editedAt;
        }
    }

    /** An earlier text, still sealed. */
    record RevisionRow(int version, byte[] textSealed, String writtenBy, Instant writtenAt) {}
}
