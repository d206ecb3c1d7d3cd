package org.tirek.incidents.internal;

import org.tirek.audit.AuditAction;

/** What the incidents module records in the audit trail. */
final class IncidentActions {

    static final AuditAction RECORD = AuditAction.write("incidents.record");
    static final AuditAction CHANGE = AuditAction.write("incidents.change");
    static final AuditAction VIEW = AuditAction.read("incidents.view");
    static final AuditAction LIST = AuditAction.read("incidents.list");
    static final AuditAction GENERATE = AuditAction.write("incidents.synthetic_generate");
    static final AuditAction ERASED = AuditAction.write("incidents.erased");

    private IncidentActions() {}
}
