package org.tirek.audit;

import java.util.regex.Pattern;

/**
 * The name of an audited action, like {@code evidence.download}: the module, then what happened.
 * Each module declares its actions as constants; the name is part of the chained record, so a name
 * once used must keep its meaning.
 */
public record AuditAction(String name, AuditKind kind) {

    private static final Pattern SHAPE = Pattern.compile("[a-z]+(\\.[a-z_]+)+");

    /** @throws IllegalArgumentException when the name is not {@code module.action} in lower case */
    public AuditAction {
        if (!SHAPE.matcher(name).matches() || name.length() > 60) {
            throw new IllegalArgumentException("An audit action is named like 'module.action'");
        }
    }

    public static AuditAction read(String name) {
        return new AuditAction(name, AuditKind.READ);
    }

    public static AuditAction write(String name) {
        return new AuditAction(name, AuditKind.WRITE);
    }

    public static AuditAction security(String name) {
        return new AuditAction(name, AuditKind.SECURITY);
    }
}
