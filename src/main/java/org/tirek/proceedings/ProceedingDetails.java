package org.tirek.proceedings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything about a proceeding that its page shows: the summary, its sealed reference, the events
 * (oldest first, voided ones marked), the events allowed now, measures, charges and links, the
 * blocks on surrender computed from the case's other proceedings, and its deadlines (soonest
 * first, with the reasons of overrides and waivers).
 */
public record ProceedingDetails(
        ProceedingSummary summary,
        @Nullable String reference,
        List<ProceedingEvent> events,
        List<String> allowedEvents,
        List<Measure> measures,
        List<Charge> charges,
        List<ProceedingLink> links,
        List<String> blocks,
        List<Deadline> deadlines) {}
