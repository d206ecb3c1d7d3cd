package org.tirek.proceedings.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tirek.cases.CaseId;
import org.tirek.cases.TimelineEntry;
import org.tirek.cases.TimelineSource;
import org.tirek.proceedings.ProceedingSummary;

/**
 * Proceedings' events on the case timeline: kind {@code proceeding}, text "title: event" with the
 * event's name in the reader's language (structural; notes stay on the proceeding's page). Notes,
 * corrections and the events a correction voided are left out.
 */
@Component
class ProceedingsTimeline implements TimelineSource {

    private static final Set<String> QUIET = Set.of("NOTE", "CORRECTION");

    private final ProceedingRows proceedings;
    private final ProceedingEventRows events;
    private final MessageSource messages;

    ProceedingsTimeline(ProceedingRows proceedings, ProceedingEventRows events, MessageSource messages) {
        this.proceedings = proceedings;
        this.events = events;
        this.messages = messages;
    }

    @Override
    public List<TimelineEntry> entries(CaseId caseId) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ProceedingSummary p : proceedings.ofCase(caseId)) {
            List<ProceedingEventRows.Row> rows = events.of(p.id());
            Set<UUID> voided = new HashSet<>();
            for (ProceedingEventRows.Row e : rows) if (e.voids() != null) voided.add(e.voids());
            for (ProceedingEventRows.Row e : rows) {
                if (QUIET.contains(e.type()) || voided.contains(e.id())) continue;
                entries.add(new TimelineEntry(
                        e.occurredAt().instant(),
                        "proceeding",
                        p.title() + ": " + label(e.type()),
                        e.recordedByName(),
                        "/proceedings/" + p.id()));
            }
        }
        return entries;
    }

    /** The event's name in the reader's language; its code when no bundle names it. */
    private String label(String type) {
        String label = messages.getMessage("proceedings.event." + type, null, type, LocaleContextHolder.getLocale());
        return label == null ? type : label;
    }
}
