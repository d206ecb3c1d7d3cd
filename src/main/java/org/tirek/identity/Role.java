package org.tirek.identity;

/**
 * The one role a user has. Case-level need-to-know (teams) comes on top of the role; the role alone
 * says which kinds of pages and endpoints a user may reach.
 */
public enum Role {
    /** Runs the server: users, keys, audit verification. */
    ADMIN,
    /** Sees the whole caseload, assigns teams, approves erasures. */
    COORDINATOR,
    /** Tracks proceedings and deadlines of the cases they are on. */
    LAWYER,
    /** Intake, incidents, consent, referrals and tasks of the cases they are on. */
    CASEWORKER,
    /** Aggregate statistics only; never case-level data. */
    ANALYST,
    /** Reads and verifies the audit trail; sees no case content. */
    AUDITOR;

    /** The Spring Security authority name, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Parses a role name, case-insensitively.
     *
     * @throws IllegalArgumentException naming the allowed roles when {@code name} is none of them
     */
    public static Role parse(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name.trim())) return role;
        }
        throw new IllegalArgumentException("Unknown role '" + name + "'; use one of " + names());
    }

    /** The role names, comma-separated, for messages. */
    public static String names() {
        return String.join(
                ", ", java.util.Arrays.stream(values()).map(Role::name).toList());
    }
}
