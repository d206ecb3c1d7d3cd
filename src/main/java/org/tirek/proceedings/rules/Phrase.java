package org.tirek.proceedings.rules;

import java.util.List;

/**
 * One part of a deadline's counting description: a message key of the {@code deadlines} bundle and
 * its arguments (numbers, ISO dates, names), rendered in the viewer's language.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase("deadlines.counting." + key, List.of(args));
    }
}
