package org.tirek.platform.web;

/**
 * The signed-in user as the page layout shows them.
 *
 * @param username the account name
 * @param role the role name without prefix, such as {@code LAWYER}
 */
public record SignedIn(String username, String role) {

    public boolean admin() {
        return "ADMIN".equals(role);
    }

    /** Coordinators, lawyers and caseworkers: the staff who work on cases. */
    public boolean caseStaff() {
        return "COORDINATOR".equals(role) || "LAWYER".equals(role) || "CASEWORKER".equals(role);
    }

    /** Administrators and auditors: those who read and verify the audit trail. */
    public boolean auditor() {
        return "ADMIN".equals(role) || "AUDITOR".equals(role);
    }
}
