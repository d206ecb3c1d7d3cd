package org.tirek.proceedings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/** The rules as a pure function: A6 through the deadlines port, and idempotent findings. */
class SafeguardRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    final SafeguardRules rules = new SafeguardRules(30);
    final ProceedingId appeal = ProceedingId.of(UUID.randomUUID());

    @Test
    void a6FiresForADeadlineDueWithin48HoursOrOverdue() {
        List<Finding> soon = rules.evaluate(snapshot(NOW.plus(Duration.ofHours(47))), NOW);
        assertThat(soon).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("A6");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.explanationKey()).isEqualTo("alerts.explain.A6");
            assertThat(f.links()).containsExactly(new AlertLink(appeal, ProceedingType.EXTRADITION));
        });
        assertThat(rules.evaluate(snapshot(NOW.minus(Duration.ofHours(1))), NOW))
                .extracting(Finding::explanationKey)
                .containsExactly("alerts.explain.A6.overdue");
    }

    @Test
    void a6DoesNotFireForADeadlineFurtherAway() {
        assertThat(rules.evaluate(snapshot(NOW.plus(Duration.ofHours(49))), NOW))
                .isEmpty();
    }

    @Test
    void theSameSnapshotGivesTheSameFindings() {
        CaseSnapshot s = snapshot(NOW.plus(Duration.ofHours(3)));
        assertThat(rules.evaluate(s, NOW)).isEqualTo(rules.evaluate(s, NOW));
    }

    @Test
    void theDefaultPortHasNoDeadlines() {
        assertThat(DueDeadlines.NONE.dueWithin(CaseId.of(UUID.randomUUID()), NOW, Duration.ofHours(48)))
                .isEmpty();
    }

    private CaseSnapshot snapshot(Instant due) {
        CaseSnapshot.Proc x = new CaseSnapshot.Proc(
                appeal,
                ProceedingType.EXTRADITION,
                "ME",
                "RS",
                ClientRole.REQUESTED_PERSON,
                LocalDate.of(2026, 1, 5),
                Map.of("merits", "CONDITIONS_MET_1ST", "custody", "AT_LIBERTY"),
                false,
                List.of(),
                List.of());
        return new CaseSnapshot(
                CaseId.of(UUID.randomUUID()),
                List.of(x),
                List.of(),
                Set.of(),
                List.of(new DueDeadlines.DueDeadline(
                        "d1", appeal, ProceedingType.EXTRADITION, "EXTRADITION_APPEAL", due)));
    }
}
