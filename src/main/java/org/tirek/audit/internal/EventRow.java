package org.tirek.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditKind;
import org.tirek.audit.AuditRecord;
import org.tirek.audit.Outcome;

/** A row of {@code audit_event}, exactly as stored: the input of the canonical form. */
record EventRow(
        long id,
        Instant recordedAt,
        String actorKind,
        @Nullable UUID actorId,
        String actorName,
        String action,
        String kind,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID caseId,
        @Nullable String requestId,
        String outcome) {

    static final String COLUMNS = "e.id, e.recorded_at, e.actor_kind, e.actor_id, e.actor_name, e.action, e.kind,"
            + " e.subject_type, e.subject_id, e.case_id, e.request_id, e.outcome";

    static EventRow from(ResultSet rs) throws SQLException {
        return new EventRow(
                rs.getLong("id"),
                rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getString("actor_kind"),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("kind"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getObject("case_id", UUID.class),
                rs.getString("request_id"),
                rs.getString("outcome"));
    }

    AuditRecord toRecord(@Nullable Long position) {
        return new AuditRecord(
                id,
                position,
                recordedAt,
                Actor.Kind.valueOf(actorKind),
                actorName,
                action,
                AuditKind.valueOf(kind),
                subjectType,
                subjectId,
                caseId,
                requestId,
                Outcome.valueOf(outcome));
    }
}
