package org.tirek.proceedings.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Jurisdictions;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.rules.RulePacks;

/** Which deadlines a proceeding's events give, without a database: starts, closures, voids, replacements. */
class DeadlineEngineTest {

    static final RulePacks PACKS = RulePacks.of(shipped(), List.of(), key -> true);

    private final List<ProceedingFacts.Event> events = new ArrayList<>();

    @Test
    void aDetentionOfTheOffenderStartsItsMaximumAndOtherMeasuresDoNot() {
        event("MEASURE_IMPOSED", "2026-03-02T18:00", Map.of("measureType", "PASSPORT_SEIZED"));
        event("MEASURE_IMPOSED", "2026-03-02T19:00", Map.of("measureType", "DETENTION"));
        List<DeadlineEngine.Due> dues = compute(ProceedingType.PROTECTIVE_ORDER, "KZ", null, false);
        assertThat(dues).singleElement().satisfies(d -> {
            assertThat(d.rule().rule().id()).isEqualTo("KZ-OFFENDER-DETENTION-24H");
            assertThat(d.computation().due()).isEqualTo(Instant.parse("2026-03-03T18:00:00Z"));
            assertThat(d.closure()).isNull();
        });
    }

    @Test
    void theFirstLaterEventThatMeetsOrClosesARuleClosesIt() {
        event("ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30", Map.of());
        event("REQUEST_WITHDRAWN", "2025-04-20", Map.of());
        event("FORMAL_REQUEST_RECEIVED", "2025-04-21", Map.of());
        List<DeadlineEngine.Due> dues = compute(ProceedingType.EXTRADITION, "ME", "KZ", true);
        assertThat(dues)
                .filteredOn(d -> d.rule().rule().id().startsWith("ME-FORMAL-REQUEST"))
                .allSatisfy(d -> {
                    assertThat(d.closure().status()).isEqualTo(DeadlineStatus.WAIVED);
                    assertThat(d.closure().eventType()).isEqualTo("REQUEST_WITHDRAWN");
                });
        // the withdrawal came first: the request received afterwards meets nothing
        assertThat(dues)
                .filteredOn(d -> d.rule().rule().id().equals("ME-CPC-FIRST-HEARING"))
                .singleElement()
                .satisfies(d -> assertThat(d.closure().eventType()).isEqualTo("REQUEST_WITHDRAWN"));
    }

    @Test
    void aVoidedEventAndItsCorrectionCountForNothing() {
        UUID arrest = event("ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30", Map.of());
        events.add(new ProceedingFacts.Event(
                UUID.randomUUID(), events.size() + 1, "CORRECTION", at("2025-04-15"), Map.of(), arrest));
        assertThat(compute(ProceedingType.EXTRADITION, "ME", "KZ", false)).isEmpty();
    }

    @Test
    void aNewRemovalDateReplacesTheDeadlinesOfTheLastOne() {
        event("SURRENDER_DATE_SET", "2026-03-02", Map.of("surrenderOn", "2026-03-16"));
        event("SURRENDER_DATE_SET", "2026-03-09", Map.of("surrenderOn", "2026-03-23"));
        // no date given: it starts nothing, and replaces nothing, so that no deadline is silently dropped
        event("SURRENDER_DATE_SET", "2026-03-10", Map.of());
        List<DeadlineEngine.Due> dues = compute(ProceedingType.EXTRADITION, "ME", "KZ", false);
        assertThat(dues)
                .extracting(d -> d.from().date())
                .containsExactly(LocalDate.parse("2026-03-16"), LocalDate.parse("2026-03-23"));
        assertThat(dues.get(0).closure().cause()).isEqualTo("SUPERSEDED");
        assertThat(dues.get(1).closure()).isNull();
    }

    @Test
    void aFinalDecisionBeforeProtocol15StartsNoFourMonthsAndOneAfterOutlivesTheProceeding() {
        event("DECISION_FINAL", "2021-12-20", Map.of());
        event("DECISION_FINAL", "2025-12-01", Map.of());
        List<DeadlineEngine.Due> dues = compute(ProceedingType.GENERIC, "ME", null, true);
        assertThat(dues).singleElement().satisfies(d -> {
            assertThat(d.rule().rule().id()).isEqualTo("ECHR-35-1-FOUR-MONTHS");
            assertThat(d.computation().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
            assertThat(d.closure()).as("not ended with the proceeding").isNull();
        });
    }

    @Test
    void aKazakhRequestGetsNoConventionLimitsAndASerbianOneDoes() {
        event("ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30", Map.of());
        assertThat(compute(ProceedingType.EXTRADITION, "ME", "KZ", false))
                .extracting(d -> d.rule().rule().id())
                .containsExactlyInAnyOrder("ME-CPC-FIRST-HEARING", "ME-FORMAL-REQUEST-18D", "ME-FORMAL-REQUEST-45D");
        assertThat(compute(ProceedingType.EXTRADITION, "ME", "RS", false))
                .extracting(d -> d.rule().rule().id())
                .containsExactlyInAnyOrder(
                        "ME-CPC-FIRST-HEARING", "ECE-16-4-FORMAL-REQUEST-18D", "ECE-16-4-FORMAL-REQUEST-40D");
    }

    // --- helpers

    private UUID event(String type, String when, Map<String, String> attributes) {
        UUID id = UUID.randomUUID();
        events.add(new ProceedingFacts.Event(id, events.size() + 1, type, at(when), attributes, null));
        return id;
    }

    private static OccurredAt at(String when) {
        return OccurredAt.parse(when, ZoneId.of("Europe/Podgorica"), "at");
    }

    private List<DeadlineEngine.Due> compute(
            ProceedingType type, String jurisdiction, @Nullable String requesting, boolean terminal) {
        ProceedingFacts p = new ProceedingFacts(
                ProceedingId.of(UUID.randomUUID()),
                CaseId.of(UUID.randomUUID()),
                type,
                jurisdiction,
                requesting,
                terminal,
                null,
                null,
                null,
                null);
        List<ProceedingFacts.Event> ordered = events.stream()
                .sorted(Comparator.comparing(
                                (ProceedingFacts.Event e) -> e.occurredAt().instant())
                        .thenComparing(ProceedingFacts.Event::seq))
                .toList();
        assertThat(Jurisdictions.zone(jurisdiction)).isNotNull();
        return DeadlineEngine.compute(p, ordered, PACKS.rulesFor(type, jurisdiction, requesting)).stream()
                .sorted(Comparator.comparing((DeadlineEngine.Due d) -> d.from().instant()))
                .toList();
    }

    private static List<RulePacks.Source> shipped() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:rulepacks/*.yaml");
            List<RulePacks.Source> sources = new ArrayList<>();
            for (Resource r : Arrays.stream(files)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                sources.add(new RulePacks.Source(r.getFilename(), r.getContentAsString(StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
