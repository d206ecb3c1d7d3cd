package org.tirek.vault;

import java.util.UUID;

/**
 * Where a sensitive value lives. It is bound into the ciphertext as associated data, so a
 * ciphertext copied to another table, column or row does not decrypt.
 */
public record FieldRef(String table, String column, UUID rowId) {

    public FieldRef {
        if (table.isBlank() || column.isBlank()) throw new IllegalArgumentException("table and column are required");
        if (table.contains("|") || column.contains("|")) throw new IllegalArgumentException("'|' is not allowed");
    }

    public static FieldRef of(String table, String column, UUID rowId) {
        return new FieldRef(table, column, rowId);
    }
}
