package org.tirek.proceedings.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.OccurredAt;

/** What an event's attributes must be, checked without Spring or a database. */
class EventRulesTest {

    static final OccurredAt DAY = OccurredAt.ofDate(LocalDate.of(2025, 4, 15), ZoneId.of("Europe/Podgorica"));

    /** The exact order: a set's order may change from one JVM to the next, and messages must not. */
    @Test
    void anUnknownMeasureTypeListsTheKnownOnesAlwaysInTheSameOrder() {
        assertThatThrownBy(() -> check("MEASURE_IMPOSED", Map.of("measureType", "CAGE")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Unknown measure type; use one of DETENTION, HOUSE_ARREST, PASSPORT_SEIZED, TRAVEL_BAN,"
                        + " REPORTING_DUTY, BAIL, RESIDENCE_RESTRICTION, ELECTRONIC_MONITORING,"
                        + " PROTECTIVE_ORDER_CONDITION, OTHER");
    }

    @Test
    void anUnknownRequestKindListsTheKnownOnesAlwaysInTheSameOrder() {
        assertThatThrownBy(() -> check("CCF_REQUEST_SENT", Map.of("requestKind", "ERASURE")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("requestKind is one of ACCESS, CORRECTION, DELETION");
    }

    private static void check(String type, Map<String, String> attributes) {
        EventRules.check(new NewEvent(type, DAY, null, attributes, null), List.of());
    }
}
