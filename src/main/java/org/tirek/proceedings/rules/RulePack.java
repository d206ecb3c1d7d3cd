package org.tirek.proceedings.rules;

import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A versioned set of rules for one jurisdiction (or {@code DEFAULT}, for jurisdictions without a
 * pack of their own), with its calendar.
 *
 * @param zone the zone days are counted in; {@code null} for the proceeding's jurisdiction's zone
 *     (the DEFAULT pack)
 * @param source where it was read from: {@code shipped:ME.yaml} or a path in the override directory
 */
public record RulePack(
        String id,
        String version,
        String jurisdiction,
        String name,
        @Nullable ZoneId zone,
        HolidayCalendar calendar,
        List<Rule> rules,
        String source) {

    public static final String DEFAULT = "DEFAULT";

    public RulePack {
        rules = List.copyOf(rules);
    }

    public boolean isDefault() {
        return DEFAULT.equals(jurisdiction);
    }
}
