package org.tirek.proceedings.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.ProceedingType;

/**
 * One time limit of a rule pack: which events of which proceedings start it, how long it is and how
 * it is counted, its legal basis and confidence, and which events meet it or close it.
 *
 * @param label a message key of the {@code deadlines} bundle, or a plain name shown as written
 * @param note a message key or plain text, shown beside the basis
 * @param startAttribute the start event's attribute that holds the start date (e.g. a removal
 *     date), instead of the time the event happened; without it the rule does not start
 * @param jurisdictions the proceedings' jurisdictions the rule applies to; {@code null} for the
 *     pack's own
 * @param requestingStates the requesting state must be in this set ({@code null}: any)
 * @param notRequestingStates the requesting state must not be in this set (an unknown one is not)
 * @param since only start events on or after this day
 * @param endsWithProceeding waived when the proceeding reaches an end; false for limits that
 *     outlive it (the application to Strasbourg after a final decision)
 * @param replaces a later start of the same rule replaces the earlier deadline (a new removal
 *     date) instead of adding one
 */
public record Rule(
        String id,
        String label,
        Set<ProceedingType> proceedings,
        List<Trigger> starts,
        @Nullable String startAttribute,
        Period period,
        Counting counting,
        @Nullable LocalTime dueTime,
        Duration warnBefore,
        String basis,
        Confidence confidence,
        @Nullable String note,
        List<Trigger> metBy,
        List<Trigger> waivedBy,
        @Nullable Set<String> jurisdictions,
        @Nullable Set<String> requestingStates,
        @Nullable Set<String> notRequestingStates,
        @Nullable LocalDate since,
        boolean endsWithProceeding,
        boolean replaces) {

    /** The event type and attribute every rule is met by: a filing recorded against it. */
    public static final String FILING = "SUBMISSION_FILED";

    public static final String MEETS = "meets";

    public Rule {
        proceedings = Set.copyOf(proceedings);
        starts = List.copyOf(starts);
        metBy = List.copyOf(metBy);
        waivedBy = List.copyOf(waivedBy);
        jurisdictions = jurisdictions == null ? null : Set.copyOf(jurisdictions);
        requestingStates = requestingStates == null ? null : Set.copyOf(requestingStates);
        notRequestingStates = notRequestingStates == null ? null : Set.copyOf(notRequestingStates);
    }

    /** Whether an event starts this rule. */
    public boolean startedBy(String type, Map<String, String> attributes) {
        return starts.stream().anyMatch(t -> t.matches(type, attributes));
    }

    /** Whether an event meets this rule: one of its own, or a filing recorded against it. */
    public boolean metBy(String type, Map<String, String> attributes) {
        if (type.equals(FILING) && id.equals(attributes.get(MEETS))) return true;
        return metBy.stream().anyMatch(t -> t.matches(type, attributes));
    }

    public boolean waivedBy(String type, Map<String, String> attributes) {
        return waivedBy.stream().anyMatch(t -> t.matches(type, attributes));
    }

    /** Whether the requesting state fits the rule's conditions. */
    public boolean requestedBy(@Nullable String state) {
        if (requestingStates != null && (state == null || !requestingStates.contains(state))) return false;
        return notRequestingStates == null || state == null || !notRequestingStates.contains(state);
    }
}
