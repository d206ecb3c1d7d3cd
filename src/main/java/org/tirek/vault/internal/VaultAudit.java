package org.tirek.vault.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.Outcome;
import org.tirek.identity.Actors;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;

/**
 * What the vault records in the audit trail, and how: key operations in the caller's transaction,
 * refusals and decryption failures in their own (they must stay on record when the caller's
 * transaction rolls back). The actor is whoever the request runs as: an administrator, a custodian
 * unsealing anonymously, or the system (the command line, the demo auto-unseal).
 */
@Component
class VaultAudit {

    static final AuditAction INIT = AuditAction.security("vault.init");
    static final AuditAction UNSEAL = AuditAction.security("vault.unseal");
    static final AuditAction SEAL = AuditAction.security("vault.seal");
    /** This instance sealed itself because another instance was sealed. */
    static final AuditAction SEAL_FOLLOWED = AuditAction.security("vault.seal_followed");

    static final AuditAction ROTATE_MASTER_KEY = AuditAction.security("vault.rotate_master_key");
    static final AuditAction ROTATE_DATA_KEY = AuditAction.security("vault.rotate_data_key");
    static final AuditAction SHRED = AuditAction.security("vault.shred");
    static final AuditAction DECRYPTION_FAILED = AuditAction.security("vault.decryption_failed");
    static final AuditAction ERASURE_REQUEST = AuditAction.write("erasure.request");
    static final AuditAction ERASURE_LIST = AuditAction.read("erasure.list");
    static final AuditAction ERASURE_APPROVE = AuditAction.security("erasure.approve");
    static final AuditAction ERASURE_REJECT = AuditAction.security("erasure.reject");

    private final AuditTrail trail;

    VaultAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void record(AuditAction action) {
        trail.record(AuditEntry.of(Actors.current("system"), action));
    }

    void record(AuditAction action, KeyScope scope) {
        trail.record(about(action, scope));
    }

    void record(Actor who, AuditAction action) {
        trail.record(AuditEntry.of(who, action));
    }

    void record(Actor who, AuditAction action, String subjectType, UUID subjectId, @Nullable UUID caseId) {
        trail.record(AuditEntry.of(who, action).about(subjectType, subjectId).inCase(caseId));
    }

    void denied(AuditAction action) {
        trail.recordAlone(AuditEntry.of(Actors.current("system"), action).withOutcome(Outcome.DENIED));
    }

    void decryptionFailed(KeyScope scope, FieldRef field) {
        trail.recordAlone(AuditEntry.of(Actors.current("system"), DECRYPTION_FAILED)
                .about(field.table(), field.rowId())
                .inCase(caseOf(scope))
                .withOutcome(Outcome.FAILED));
    }

    private static AuditEntry about(AuditAction action, KeyScope scope) {
        UUID caseId = caseOf(scope);
        AuditEntry entry = AuditEntry.of(Actors.current("system"), action);
        return caseId == null
                ? entry.about("key_scope", scope.value())
                : entry.about("case", caseId).inCase(caseId);
    }

    static @Nullable UUID caseOf(KeyScope scope) {
        if (!scope.value().startsWith("case:")) return null;
        try {
            return UUID.fromString(scope.value().substring("case:".length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
