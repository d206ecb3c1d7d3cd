package org.tirek.evidence.internal;

import org.tirek.audit.AuditAction;

/** What the evidence module records in the audit trail. */
final class EvidenceActions {

    static final AuditAction UPLOAD = AuditAction.write("evidence.upload");
    static final AuditAction LIST = AuditAction.read("evidence.list");
    static final AuditAction VIEW = AuditAction.read("evidence.view");
    static final AuditAction CUSTODY = AuditAction.read("evidence.custody");
    static final AuditAction DOWNLOAD = AuditAction.read("evidence.download");
    static final AuditAction TRANSFER = AuditAction.write("evidence.transfer");
    static final AuditAction DELETE = AuditAction.write("evidence.delete");
    static final AuditAction EXPORT = AuditAction.read("evidence.export");
    static final AuditAction ERASED = AuditAction.write("evidence.erased");

    private EvidenceActions() {}
}
