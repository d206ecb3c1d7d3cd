package org.tirek.cases;

import java.util.UUID;

/** A case's identity. */
public record CaseId(UUID value) {

    public static CaseId of(UUID value) {
        return new CaseId(value);
    }

    /** @throws IllegalArgumentException when the text is not a UUID */
    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
