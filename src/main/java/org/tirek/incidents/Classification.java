package org.tirek.incidents;

import org.jspecify.annotations.Nullable;

/** Where the guided classifier stands: a type found, or the next question to answer. */
public sealed interface Classification {

    /**
     * The incident's type.
     *
     * @param decidedBy the question answered "yes", or {@code null} when every answer was "no" ({@link CoreType#NON_GBV})
     */
    record Classified(CoreType type, @Nullable Question decidedBy) implements Classification {}

    /** No "yes" yet: {@code next} must be answered before the type is known. */
    record Pending(Question next) implements Classification {}
}
