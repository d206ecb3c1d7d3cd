package org.tirek.people;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.platform.Region;

/**
 * A person's structural data: stored in clear, so that lists, statistics and the duplicate check
 * work in SQL. Nothing here may identify a person on its own; everything but the kind is optional
 * (a survivor may decline any question).
 *
 * @param birthYear a year, when known and wanted; otherwise {@code ageBand}
 * @param nationality an ISO 3166-1 alpha-2 code ({@code KZ})
 * @param languages ISO 639-1 codes ({@code kk}, {@code ru}), preferred first
 * @param region a coarse area, never an address
 */
public record PersonProfile(
        PersonKind kind,
        @Nullable Sex sex,
        @Nullable AgeBand ageBand,
        @Nullable Integer birthYear,
        @Nullable String nationality,
        @Nullable DisplacementStatus displacement,
        List<String> languages,
        @Nullable Region region,
        Set<Vulnerability> vulnerabilities) {

    public PersonProfile {
        languages = List.copyOf(languages);
        vulnerabilities =
                vulnerabilities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(vulnerabilities));
    }

    /** A profile with only the kind. */
    public static PersonProfile of(PersonKind kind) {
        return new PersonProfile(kind, null, null, null, null, null, List.of(), null, Set.of());
    }
}
