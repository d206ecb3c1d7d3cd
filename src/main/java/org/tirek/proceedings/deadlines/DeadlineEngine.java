package org.tirek.proceedings.deadlines;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.rules.ApplicableRule;
import org.tirek.proceedings.rules.Computation;
import org.tirek.proceedings.rules.DeadlineArithmetic;
import org.tirek.proceedings.rules.Rule;
import org.tirek.proceedings.rules.StartPoint;

/**
 * Which deadlines a proceeding has, given its events and the rules that apply: one per rule and
 * start event, each closed by the first later event that meets or closes it, by a later start of
 * a replacing rule, or by the proceeding's end. Voided events and corrections count for nothing.
 * Pure: the same events and rules give the same deadlines.
 */
final class DeadlineEngine {

    private static final String CORRECTION = "CORRECTION";

    private DeadlineEngine() {}

    /** A deadline the rules give. */
    record Due(
            ApplicableRule rule,
            ProceedingFacts.Event start,
            StartPoint from,
            Computation computation,
            @Nullable Closure closure) {}

    /** Why a deadline is closed without a lawyer's doing. */
    record Closure(
            DeadlineStatus status,
            String cause,
            @Nullable UUID eventId,
            @Nullable String eventType,
            Instant at) {}

    static List<Due> compute(
            ProceedingFacts proceeding, List<ProceedingFacts.Event> events, List<ApplicableRule> rules) {
        List<ProceedingFacts.Event> active = active(events);
        List<Due> dues = new ArrayList<>();
        for (ApplicableRule applicable : rules) {
            Rule rule = applicable.rule();
            for (int i = 0; i < active.size(); i++) {
                ProceedingFacts.Event e = active.get(i);
                if (!rule.startedBy(e.type(), e.attributes())) continue;
                StartPoint from = startPoint(rule, e, applicable.zone());
                if (from == null || (rule.since() != null && from.date().isBefore(rule.since()))) continue;
                Computation computation = DeadlineArithmetic.compute(
                        rule.period(),
                        rule.counting(),
                        rule.dueTime(),
                        applicable.pack().calendar(),
                        applicable.zone(),
                        from);
                dues.add(new Due(
                        applicable, e, from, computation, closure(applicable, active, i, proceeding.terminal())));
            }
        }
        return dues;
    }

    private static List<ProceedingFacts.Event> active(List<ProceedingFacts.Event> events) {
        Set<UUID> voided = new HashSet<>();
        events.forEach(e -> {
            if (e.voids() != null) voided.add(e.voids());
        });
        return events.stream()
                .filter(e -> !voided.contains(e.id()) && !e.type().equals(CORRECTION))
                .toList();
    }

    /** Where the count starts: the event's time, or the date in its {@code startAttribute}. */
    static @Nullable StartPoint startPoint(Rule rule, ProceedingFacts.Event e, ZoneId zone) {
        String attribute = rule.startAttribute();
        if (attribute == null) {
            if (e.occurredAt().dateOnly())
                return new StartPoint(e.occurredAt().instant(), e.occurredAt().date(), false);
            Instant at = e.occurredAt().instant();
            return new StartPoint(at, at.atZone(zone).toLocalDate(), true);
        }
        String value = e.attributes().get(attribute);
        if (value == null) return null;
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return new StartPoint(date.atStartOfDay(zone).toInstant(), date, false);
            }
            OffsetDateTime at = OffsetDateTime.parse(value);
            return new StartPoint(at.toInstant(), at.atZoneSameInstant(zone).toLocalDate(), true);
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /**
     * The first later event that meets or closes the deadline. A later start of a replacing rule
     * closes it only if that start gives a date itself: a removal date recorded without the date
     * must not silently drop the deadline of the last one.
     */
    private static @Nullable Closure closure(
            ApplicableRule applicable, List<ProceedingFacts.Event> active, int start, boolean terminal) {
        Rule rule = applicable.rule();
        for (int j = start + 1; j < active.size(); j++) {
            ProceedingFacts.Event e = active.get(j);
            Instant at = e.occurredAt().instant();
            if (rule.metBy(e.type(), e.attributes()))
                return new Closure(DeadlineStatus.MET, "EVENT", e.id(), e.type(), at);
            if (rule.waivedBy(e.type(), e.attributes())) {
                return new Closure(DeadlineStatus.WAIVED, "EVENT", e.id(), e.type(), at);
            }
            if (rule.replaces()
                    && rule.startedBy(e.type(), e.attributes())
                    && startPoint(rule, e, applicable.zone()) != null) {
                return new Closure(DeadlineStatus.WAIVED, "SUPERSEDED", e.id(), e.type(), at);
            }
        }
        if (terminal && rule.endsWithProceeding() && !active.isEmpty()) {
            ProceedingFacts.Event last = active.get(active.size() - 1);
            return new Closure(
                    DeadlineStatus.WAIVED,
                    "PROCEEDING_ENDED",
                    null,
                    null,
                    last.occurredAt().instant());
        }
        return null;
    }
}
