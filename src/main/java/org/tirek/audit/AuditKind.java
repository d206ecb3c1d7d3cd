package org.tirek.audit;

/** What an audited action did. */
public enum AuditKind {
    /** Sensitive data was shown, downloaded, exported or searched. */
    READ,
    /** Sensitive data was created, changed or destroyed. */
    WRITE,
    /** Sign-ins, tokens, roles, teams, keys and the audit trail itself. */
    SECURITY
}
