package org.tirek.people;

import java.util.UUID;

/** An organisation's identity. */
public record OrganisationId(UUID value) {

    public static OrganisationId of(UUID value) {
        return new OrganisationId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
