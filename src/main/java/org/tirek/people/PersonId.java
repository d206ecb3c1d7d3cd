package org.tirek.people;

import java.util.UUID;

/** A person's identity in Tirek (not shown to users; they see the {@link ClientCode}). */
public record PersonId(UUID value) {

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
