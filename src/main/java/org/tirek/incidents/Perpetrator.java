package org.tirek.incidents;

import org.jspecify.annotations.Nullable;

/**
 * An alleged perpetrator, or a group of them sharing relationship, age band and sex: structural
 * data only, never a name.
 *
 * @param count how many people, 1 to {@value #MAX_COUNT}; {@code null} when not known
 * @param sex {@link Sex#MIXED} only for a group (a count of 2 or more, or an unknown count)
 */
public record Perpetrator(
        Relationship relationship, @Nullable Integer count, AgeBand ageBand, Sex sex) {

    public static final int MAX_COUNT = 999;

    /** @throws IllegalArgumentException when the count is out of range or a single person is of mixed sex */
    public Perpetrator {
        if (count != null && (count < 1 || count > MAX_COUNT)) {
            throw new IllegalArgumentException("A count is 1 to " + MAX_COUNT);
        }
        if (sex == Sex.MIXED && count != null && count < 2) {
            throw new IllegalArgumentException("Only a group is of mixed sex");
        }
    }
}
