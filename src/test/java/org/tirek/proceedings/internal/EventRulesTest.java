package org.tirek.proceedings.internal;

import static org.assertj.core.api.Assertions.assertThat;
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

    @Test
    void decisionDetailsAreCheckedAndRefusedNamingTheirField() {
        check(
                "DECISION_SERVED",
                Map.of(
                        "instance",
                        "Higher Court, Podgorica",
                        "outcome",
                        "UNFAVOURABLE",
                        "ecli",
                        "ECLI:CE:ECHR:2005:0404JUD004662799",
                        "appealable",
                        "true"));
        check("PANEL_FOUND_CONDITIONS_MET", Map.of("ecli", "ECLI:EU:C:2024:510", "appealable", "false"));
        refused("DECISION_SERVED", Map.of("outcome", "MAYBE"), "outcome");
        refused("DECISION_SERVED", Map.of("ecli", "ECLI:ME:2025:12"), "ecli");
        refused("DECISION_SERVED", Map.of("ecli", "ecli:me:vscg:2025:12"), "ecli");
        refused("DECISION_SERVED", Map.of("appealable", "yes"), "appealable");
        refused("DECISION_SERVED", Map.of("instance", "Court <script>"), "instance");
        refused("DECISION_SERVED", Map.of("instance", " "), "instance");
    }

    private static void refused(String type, Map<String, String> attributes, String field) {
        assertThatThrownBy(() -> check(type, attributes))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).fieldErrors()).containsOnlyKeys(field));
    }

    private static void check(String type, Map<String, String> attributes) {
        EventRules.check(new NewEvent(type, DAY, null, attributes, null), List.of());
    }
}
