package org.tirek.audit;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One audited action, as a caller hands it in. It names the subject only by type and identifier;
 * the shapes are checked here so that a name, a note or a search term cannot be smuggled in as an
 * identifier. Time, request id and chain position are added by the trail.
 */
public record AuditEntry(
        Actor actor,
        AuditAction action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID caseId,
        Outcome outcome) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z_]{0,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:@-]{1,100}");

    /** @throws IllegalArgumentException when the subject's type or identifier has an unexpected shape */
    public AuditEntry {
        if (subjectType != null && !TYPE.matcher(subjectType).matches()) {
            throw new IllegalArgumentException("A subject type is a lower-case word");
        }
        if (subjectId != null && !ID.matcher(subjectId).matches()) {
            throw new IllegalArgumentException("A subject id is an identifier, never free text");
        }
        if (subjectId != null && subjectType == null) throw new IllegalArgumentException("A subject id needs a type");
    }

    /** A successful action with no subject yet. */
    public static AuditEntry of(Actor actor, AuditAction action) {
        return new AuditEntry(actor, action, null, null, null, Outcome.SUCCESS);
    }

    public AuditEntry about(String type, Object id) {
        return new AuditEntry(actor, action, type, String.valueOf(id), caseId, outcome);
    }

    public AuditEntry inCase(@Nullable UUID caseId) {
        return new AuditEntry(actor, action, subjectType, subjectId, caseId, outcome);
    }

    public AuditEntry withOutcome(Outcome outcome) {
        return new AuditEntry(actor, action, subjectType, subjectId, caseId, outcome);
    }
}
