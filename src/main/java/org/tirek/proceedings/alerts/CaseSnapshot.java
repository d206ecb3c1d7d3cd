package org.tirek.proceedings.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.LinkKind;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;

/**
 * Everything structural the safeguard rules look at for one case: its proceedings with their derived
 * states, their events (voided ones and corrections left out), charges, the links between them, the
 * safeguard facts and the deadlines falling due. No sealed value is in it.
 */
record CaseSnapshot(
        CaseId caseId,
        List<Proc> proceedings,
        List<Link> links,
        Set<SafeguardFact> facts,
        List<DueDeadlines.DueDeadline> dueDeadlines) {

    List<Proc> ofType(ProceedingType type) {
        return proceedings.stream().filter(p -> p.type() == type).toList();
    }

    /** A proceeding as the rules see it. */
    record Proc(
            ProceedingId id,
            ProceedingType type,
            String jurisdiction,
            @Nullable String requestingState,
            ClientRole clientRole,
            LocalDate openedOn,
            Map<String, String> regions,
            boolean terminal,
            List<Event> events,
            List<ChargeFact> charges) {

        String main() {
            return regions.values().iterator().next();
        }

        String region(String name) {
            return regions.getOrDefault(name, "");
        }

        AlertLink link() {
            return new AlertLink(id, type);
        }

        /** The latest event of one of {@code types}, by when it happened. */
        Optional<Event> latest(Set<String> types) {
            return events.stream()
                    .filter(e -> types.contains(e.type()))
                    .reduce((a, b) -> b.occurredAt().isBefore(a.occurredAt()) ? a : b);
        }
    }

    /** An event that stands (not voided), with the local date it happened on in its zone. */
    record Event(UUID id, String type, Instant occurredAt, LocalDate date, Map<String, String> attributes) {}

    record ChargeFact(ChargeCategory category, @Nullable Integer maxPenaltyMonths, boolean lifeOrDeath) {}

    record Link(ProceedingId from, ProceedingId to, LinkKind kind) {}
}
