package org.tirek.incidents;

import java.util.UUID;

/** An incident's identity. */
public record IncidentId(UUID value) {

    public static IncidentId of(UUID value) {
        return new IncidentId(value);
    }

    public static IncidentId generate() {
        return new IncidentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
