package org.tirek.people.internal;

import org.tirek.audit.AuditAction;

/** What the people module records in the audit trail (never a name or any other value). */
final class PeopleActions {

    static final AuditAction CREATE = AuditAction.write("people.create");
    static final AuditAction VIEW = AuditAction.read("people.view");
    static final AuditAction DUPLICATES = AuditAction.read("people.duplicates");
    static final AuditAction PROFILE_CHANGE = AuditAction.write("people.profile_change");
    static final AuditAction IDENTITY_CHANGE = AuditAction.write("people.identity_change");
    static final AuditAction SAFE_CONTACT_CHANGE = AuditAction.write("people.safe_contact_change");
    static final AuditAction PARTIES = AuditAction.read("people.parties");
    static final AuditAction REVEAL = AuditAction.read("people.reveal");
    static final AuditAction PARTY_ADD = AuditAction.write("people.party_add");
    static final AuditAction PARTY_REMOVE = AuditAction.write("people.party_remove");
    static final AuditAction ERASED = AuditAction.write("people.erased");
    static final AuditAction ORGANISATION_CREATE = AuditAction.write("people.organisation_create");
    static final AuditAction ORGANISATION_CHANGE = AuditAction.write("people.organisation_change");
    static final AuditAction ORGANISATION_ARCHIVE = AuditAction.write("people.organisation_archive");

    private PeopleActions() {}
}
