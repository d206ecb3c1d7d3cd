package org.tirek.audit.internal;

import org.tirek.audit.AuditAction;

/** What the audit module records about the use of the trail itself. */
final class AuditActions {

    static final AuditAction SEARCH = AuditAction.security("audit.search");
    static final AuditAction CASE_ACCESS_LOG = AuditAction.security("audit.case_access_log");
    static final AuditAction EXPORT = AuditAction.security("audit.export");
    static final AuditAction VERIFY = AuditAction.security("audit.verify");
    static final AuditAction CHECKPOINT_EXPORT = AuditAction.security("audit.checkpoint_export");

    private AuditActions() {}
}
