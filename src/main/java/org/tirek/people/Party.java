package org.tirek.people;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person in one role in a case, as the case's parties list shows them. Survivors and clients (by
 * role, or by kind wherever they appear) are {@link Visibility#HIDDEN}: only client code and
 * structural data, until a team member reveals them.
 *
 * @param name the legal name, or the first alias; {@code null} when hidden, erased or not known
 * @param aliases the other names; empty when hidden
 */
public record Party(
        PersonSummary person,
        PartyRole role,
        Visibility visibility,
        @Nullable String name,
        List<String> aliases,
        String addedBy,
        Instant addedAt) {

    /** Whether a party's name is on show. */
    public enum Visibility {
        /** Not hidden by default: the name shows on the list (the list's read is recorded). */
        SHOWN,
        /** A survivor or client: only client code and structure until revealed. */
        HIDDEN,
        /** Revealed by this viewer for this view (recorded). */
        REVEALED
    }

    public Party {
        aliases = List.copyOf(aliases);
    }

    /** Whether the name may be shown in this view. */
    public boolean visible() {
        return visibility != Visibility.HIDDEN;
    }

    @Override
    public String toString() {
        return "Party[" + person.clientCode() + ", " + role + ", " + visibility + "]";
    }
}
