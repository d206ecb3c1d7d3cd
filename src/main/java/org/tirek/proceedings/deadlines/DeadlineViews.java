package org.tirek.proceedings.deadlines;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;

/**
 * Turns stored rows into {@link Deadline}s in the viewer's language, with an open deadline's status
 * as of now (the job stores it at most a minute late). Reasons are opened only when asked: the
 * caller has checked that the viewer is on the case's team and records the read.
 */
@Component
class DeadlineViews {

    static final String OVERRIDE_REASON = "override_reason";
    static final String WAIVE_REASON = "waive_reason";

    private final DeadlineTexts texts;
    private final FieldEncryption fields;
    private final Cases cases;
    private final Clock clock;

    DeadlineViews(DeadlineTexts texts, FieldEncryption fields, Cases cases, Clock clock) {
        this.texts = texts;
        this.fields = fields;
        this.cases = cases;
        this.clock = clock;
    }

    /** The rows as deadlines, with their cases' references. */
    List<Deadline> list(List<StoredDeadline> rows, boolean withReasons) {
        if (rows.isEmpty()) return List.of();
        Map<CaseId, String> references =
                cases.references(rows.stream().map(StoredDeadline::caseId).collect(Collectors.toSet()));
        return rows.stream()
                .map(d -> view(d, withReasons, references.get(d.caseId())))
                .toList();
    }

    Deadline view(StoredDeadline d, boolean withReasons) {
        return list(List.of(d), withReasons).get(0);
    }

    private Deadline view(StoredDeadline d, boolean withReasons, @Nullable String reference) {
        StoredDeadline.Rule rule = d.rule();
        DeadlineStatus status =
                d.status().open() ? DeadlineStatus.of(d.effectiveDue(), d.warn(), clock.instant()) : d.status();
        return new Deadline(
                d.id(),
                d.proceedingId(),
                d.caseId(),
                reference,
                d.proceedingTitle(),
                d.proceedingType(),
                new Deadline.Basis(
                        rule.id(),
                        rule.packId(),
                        rule.packVersion(),
                        texts.text(rule.label()),
                        rule.basis(),
                        rule.confidence(),
                        texts.optional(rule.note())),
                new Deadline.Start(
                        d.start().eventId(),
                        d.start().eventType(),
                        d.start().at(),
                        d.start().dateOnly()),
                new Deadline.Computed(
                        d.computedDue(),
                        d.computedDueDate(),
                        d.zone(),
                        d.hours(),
                        texts.counting(d.counting()),
                        d.calendarIncomplete()),
                d.override() == null
                        ? null
                        : new Deadline.Override(
                                d.override().due(),
                                d.override().byName(),
                                d.override().at(),
                                withReasons
                                        ? open(d, OVERRIDE_REASON, d.override().reasonSealed())
                                        : null),
                d.effectiveDue(),
                status,
                d.closed() == null
                        ? null
                        : new Deadline.Closure(
                                d.closed().cause(),
                                d.closed().eventType(),
                                d.closed().at(),
                                d.closed().byName(),
                                withReasons ? open(d, WAIVE_REASON, d.closed().reasonSealed()) : null),
                d.acknowledged() == null
                        ? null
                        : new Deadline.Acknowledgement(
                                d.acknowledged().name(),
                                java.util.Objects.requireNonNull(
                                        d.acknowledged().at()),
                                d.acknowledgedByLead()),
                d.lead() == null ? null : d.lead().name(),
                d.backup() == null ? null : d.backup().name(),
                d.escalatedAt());
    }

    private @Nullable String open(StoredDeadline d, String column, byte @Nullable [] sealed) {
        if (sealed == null) return null;
        return fields.open(KeyScope.ofCase(d.caseId().value()), ref(column, d.id()), SealedText.fromStored(sealed));
    }

    byte[] seal(StoredDeadline d, String column, String text) {
        return fields.seal(KeyScope.ofCase(d.caseId().value()), ref(column, d.id()), text)
                .stored();
    }

    private static FieldRef ref(String column, UUID id) {
        return FieldRef.of("deadline", column, id);
    }
}
