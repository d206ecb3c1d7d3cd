package org.tirek.proceedings;

import java.util.UUID;

/** A proceeding's identity. */
public record ProceedingId(UUID value) {

    public static ProceedingId of(UUID value) {
        return new ProceedingId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
