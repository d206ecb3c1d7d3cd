package org.tirek.proceedings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;

/**
 * A time limit of a proceeding, computed from a rule of a jurisdiction's rule pack and the event
 * that started it, with its provenance: the legal basis, how far it was checked ({@link
 * Confidence}), how it was counted, and whether a lawyer overrode, acknowledged or waived it.
 * Texts (label, note, counting) are in the viewer's language. The reasons of an override or a
 * waiver are sensitive: they are filled in only for the proceeding's team, and {@code null}
 * elsewhere.
 *
 * <p>The computed date always stays beside a lawyer's: {@link #computed()} is what the rule gives,
 * {@link #due()} what counts. Show {@link Basis#citation()} and {@link Basis#confidence()} next to
 * any date shown to a user.
 *
 * @param caseReference the case's reference (like TRK-2026-0001), for lists across cases
 * @param due the time that counts: the lawyer's override if there is one, else the computed one
 * @param escalatedAt when a task went to the backup lawyer because the lead had not acknowledged it
 */
public record Deadline(
        UUID id,
        ProceedingId proceedingId,
        CaseId caseId,
        @Nullable String caseReference,
        String proceedingTitle,
        ProceedingType proceedingType,
        Basis basis,
        Start start,
        Computed computed,
        @Nullable Override override,
        Instant due,
        DeadlineStatus status,
        @Nullable Closure closure,
        @Nullable Acknowledgement acknowledged,
        @Nullable String leadLawyer,
        @Nullable String backupLawyer,
        @Nullable Instant escalatedAt) {

    /** The effective due time in the zone the deadline is counted in. */
    public ZonedDateTime dueAt() {
        return due.atZone(ZoneId.of(computed.zone()));
    }

    /** Whether it is due at the end of its day (counted in days), not at a time of day. */
    public boolean endOfDay() {
        return dueAt().toLocalTime().equals(java.time.LocalTime.MAX.withNano(999_000_000));
    }

    /** The computed due time in the zone the deadline is counted in. */
    public ZonedDateTime computedAt() {
        return computed.due().atZone(ZoneId.of(computed.zone()));
    }

    /** {@code at} in the zone the deadline is counted in. */
    public ZonedDateTime local(Instant at) {
        return at.atZone(ZoneId.of(computed.zone()));
    }

    /** When the start event happened, in the zone the deadline is counted in. */
    public ZonedDateTime startedAt() {
        return start.at().atZone(ZoneId.of(computed.zone()));
    }

    public boolean overridden() {
        return override != null;
    }

    /**
     * Where the rule comes from.
     *
     * @param label the rule's name in the viewer's language
     * @param citation the legal basis as written in the pack, e.g. "ECE Art. 16(4) [S12]"
     */
    public record Basis(
            String ruleId,
            String packId,
            String packVersion,
            String label,
            String citation,
            Confidence confidence,
            @Nullable String note) {}

    /** The event that started the deadline. */
    public record Start(UUID eventId, String eventType, Instant at, boolean dateOnly) {}

    /**
     * What the rule gives.
     *
     * @param counting how it was counted, in words (e.g. "3 calendar days counting the day of the
     *     decision as the first; not moved past weekends or holidays")
     * @param calendarIncomplete the counting reached days whose holidays the pack does not (fully)
     *     list: check the date
     */
    public record Computed(
            Instant due, LocalDate dueDate, String zone, boolean hours, String counting, boolean calendarIncomplete) {}

    /** A lawyer's date in place of the computed one; the reason is sensitive. */
    public record Override(
            Instant due, String by, Instant at, @Nullable String reason) {}

    /**
     * Why the deadline is closed.
     *
     * @param cause EVENT (an event met or closed it), MANUAL (a lawyer waived it), PROCEEDING_ENDED or
     *     SUPERSEDED (the same rule started again, e.g. a new removal date)
     * @param reason a lawyer's reason for a waiver (sensitive)
     */
    public record Closure(
            String cause,
            @Nullable String eventType,
            Instant at,
            @Nullable String by,
            @Nullable String reason) {}

    /** Who confirmed having seen the deadline, and whether that was its lead lawyer. */
    public record Acknowledgement(String by, Instant at, boolean byLead) {}
}
