package org.tirek.cases.internal;

import org.tirek.audit.AuditAction;

/** What the cases module records in the audit trail. */
final class CaseActions {

    static final AuditAction OPEN = AuditAction.write("cases.open");
    static final AuditAction VIEW = AuditAction.read("cases.view");
    static final AuditAction CHANGE = AuditAction.write("cases.change");
    static final AuditAction STATUS = AuditAction.write("cases.status");
    static final AuditAction TEAM_ADD = AuditAction.security("cases.team_add");
    static final AuditAction TEAM_REMOVE = AuditAction.security("cases.team_remove");
    static final AuditAction JOIN = AuditAction.security("cases.join");
    static final AuditAction NOTE_ADD = AuditAction.write("cases.note_add");
    static final AuditAction NOTE_EDIT = AuditAction.write("cases.note_edit");
    static final AuditAction NOTES = AuditAction.read("cases.notes");
    static final AuditAction NOTE_HISTORY = AuditAction.read("cases.note_history");
    static final AuditAction TIMELINE = AuditAction.read("cases.timeline");
    static final AuditAction CONSENT_RECORD = AuditAction.write("cases.consent_record");
    static final AuditAction CONSENTS = AuditAction.read("cases.consents");
    static final AuditAction CONSENT_VIEW = AuditAction.read("cases.consent_view");
    static final AuditAction CONSENT_REVOKE = AuditAction.write("cases.consent_revoke");
    static final AuditAction CONSENT_USE = AuditAction.write("cases.consent_use");
    static final AuditAction CONSENT_ERASED = AuditAction.write("cases.consent_erased");
    static final AuditAction REFERRAL_MAKE = AuditAction.write("cases.referral_make");
    static final AuditAction REFERRAL_CHANGE = AuditAction.write("cases.referral_change");
    static final AuditAction REFERRALS = AuditAction.read("cases.referrals");
    static final AuditAction REFERRAL_VIEW = AuditAction.read("cases.referral_view");
    static final AuditAction REFERRAL_ERASED = AuditAction.write("cases.referral_erased");

    private CaseActions() {}
}
