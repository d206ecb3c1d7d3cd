package org.tirek.vault;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Which data key protects a value: one per case ({@code case:<uuid>}), or a named key for data that
 * belongs to no case. Destroying a scope's key makes everything in it unreadable.
 */
public record KeyScope(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,30}:[A-Za-z0-9-]{1,64}");

    /** @throws IllegalArgumentException when the value is not {@code kind:id} */
    public KeyScope {
        if (!SHAPE.matcher(value).matches()) throw new IllegalArgumentException("A key scope is 'kind:id'");
    }

    public static KeyScope ofCase(UUID caseId) {
        return new KeyScope("case:" + caseId);
    }

    public static KeyScope named(String kind, String id) {
        return new KeyScope(kind + ":" + id);
    }

    @Override
    public String toString() {
        return value;
    }
}
