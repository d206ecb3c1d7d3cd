package org.tirek.proceedings.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tirek.cases.CaseId;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.rules.Phrase;

/** A row of {@code deadline} with its proceeding's title and type; reasons still sealed. */
record StoredDeadline(
        UUID id,
        ProceedingId proceedingId,
        CaseId caseId,
        String proceedingTitle,
        ProceedingType proceedingType,
        Rule rule,
        List<Phrase> counting,
        boolean calendarIncomplete,
        Start start,
        Instant computedDue,
        LocalDate computedDueDate,
        String zone,
        boolean hours,
        long warnSeconds,
        @Nullable Override override,
        Instant effectiveDue,
        DeadlineStatus status,
        @Nullable Closed closed,
        @Nullable Person acknowledged,
        @Nullable Person lead,
        @Nullable Person backup,
        @Nullable Instant escalatedAt) {

    /** The rule it was computed by, as it was then. */
    record Rule(
            String id,
            String packId,
            String packVersion,
            String label,
            String basis,
            Confidence confidence,
            @Nullable String note) {}

    record Start(UUID eventId, String eventType, Instant at, boolean dateOnly) {}

    record Override(Instant due, byte[] reasonSealed, String byName, Instant at) {}

    record Closed(
            String cause,
            @Nullable String eventType,
            Instant at,
            @Nullable String byName,
            byte @Nullable [] reasonSealed) {}

    /** Someone with a time: who acknowledged, or a lawyer of the proceeding ({@code at} unused). */
    record Person(@Nullable UUID id, String name, @Nullable Instant at) {}

    java.time.Duration warn() {
        return java.time.Duration.ofSeconds(warnSeconds);
    }

    boolean manuallyWaived() {
        return closed != null && closed.cause().equals("MANUAL");
    }

    boolean acknowledgedByLead() {
        return acknowledged != null
                && lead != null
                && acknowledged.id() != null
                && acknowledged.id().equals(lead.id());
    }
}
