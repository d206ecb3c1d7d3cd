package org.tirek.cases;

import java.util.UUID;

/** A consent record's identity. */
public record ConsentId(UUID value) {

    public static ConsentId of(UUID value) {
        return new ConsentId(value);
    }

    public static ConsentId generate() {
        return new ConsentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
