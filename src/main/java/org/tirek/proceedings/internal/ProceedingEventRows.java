package org.tirek.proceedings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import tools.jackson.core.type.TypeReference;

/** The append-only {@code proceeding_event} table; notes stay sealed here. */
@Repository
class ProceedingEventRows {

    private static final TypeReference<LinkedHashMap<String, String>> ATTRIBUTES = new TypeReference<>() {};

    private final JdbcClient jdbc;

    ProceedingEventRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextSeq(ProceedingId id) {
        return jdbc.sql("select coalesce(max(seq), 0) + 1 from proceeding_event where proceeding_id = :p")
                .param("p", id.value())
                .query(Integer.class)
                .single();
    }

    void insert(Row row) {
        jdbc.sql("""
                        insert into proceeding_event (id, proceeding_id, seq, type, occurred_at, occurred_zone, date_only,
                                                      attributes, note_sealed, voids, recorded_at, recorded_by,
                                                      recorded_by_name)
                        values (:id, :p, :seq, :type, :at, :zone, :dateOnly, cast(:attributes as jsonb), :note, :voids,
                                :recordedAt, :by, :byName)
                        """)
                .param("id", row.id())
                .param("p", row.proceeding().value())
                .param("seq", row.seq())
                .param("type", row.type())
                .param("at", Timestamp.from(row.occurredAt().instant()))
                .param("zone", row.occurredAt().zone().getId())
                .param("dateOnly", row.occurredAt().dateOnly())
                .param("attributes", ProceedingRows.JSON.writeValueAsString(row.attributes()))
                .param("note", row.noteSealed())
                .param("voids", row.voids())
                .param("recordedAt", Timestamp.from(row.recordedAt()))
                .param("by", row.recordedBy())
                .param("byName", row.recordedByName())
                .update();
    }

    /** The proceeding's events in the order they happened (ties in the order recorded). */
    List<Row> of(ProceedingId id) {
        return jdbc.sql("select * from proceeding_event where proceeding_id = :p order by occurred_at, seq")
                .param("p", id.value())
                .query((rs, n) -> new Row(
                        rs.getObject("id", UUID.class),
                        ProceedingId.of(rs.getObject("proceeding_id", UUID.class)),
                        rs.getInt("seq"),
                        rs.getString("type"),
                        new OccurredAt(
                                rs.getTimestamp("occurred_at").toInstant(),
                                ZoneId.of(rs.getString("occurred_zone")),
                                rs.getBoolean("date_only")),
                        ProceedingRows.JSON.readValue(rs.getString("attributes"), ATTRIBUTES),
                        rs.getBytes("note_sealed"),
                        rs.getObject("voids", UUID.class),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getObject("recorded_by", UUID.class),
                        rs.getString("recorded_by_name")))
                .list();
    }

    /** An event as stored. */
    record Row(
            UUID id,
            ProceedingId proceeding,
            int seq,
            String type,
            OccurredAt occurredAt,
            Map<String, String> attributes,
            byte @Nullable [] noteSealed,
            @Nullable UUID voids,
            Instant recordedAt,
            UUID recordedBy,
            String recordedByName) {}
}
