package org.tirek.proceedings.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.DecisionDetails;
import org.tirek.proceedings.Measure;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.ProceedingEvent;

/**
 * What each event needs beyond its type: the attributes it must carry and their shapes. Attributes
 * are structural (dates, kinds, references to other events), never free text: free text goes in the
 * sealed note.
 */
final class EventRules {

    private static final Pattern KEY = Pattern.compile("[a-zA-Z]{1,40}");
    private static final Pattern VALUE = Pattern.compile("[\\p{L}\\p{N} .,:/()+_-]{0,120}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern RULE = Pattern.compile("[A-Z][A-Z0-9_.-]{0,63}");
    /** Lists, not sets: a message that names them must read the same on every run. */
    static final List<String> REQUEST_KINDS = List.of("ACCESS", "CORRECTION", "DELETION");

    /** Where a UN communication went: a Special Procedure (confidential for 60 days) or a treaty body. */
    static final List<String> UN_BODIES = List.of("SPECIAL_PROCEDURE", "TREATY_BODY");

    private EventRules() {}

    /**
     * Checks {@code event}'s attributes against what its type needs; {@code earlier} are the
     * proceeding's events so far (for references to them).
     */
    static void check(NewEvent event, List<ProceedingEvent> earlier) {
        for (var a : event.attributes().entrySet()) {
            if (!KEY.matcher(a.getKey()).matches()
                    || !VALUE.matcher(a.getValue()).matches()) {
                throw invalid(
                        DecisionDetails.ATTRIBUTES.contains(a.getKey()) ? a.getKey() : "attributes",
                        "Attributes are short structural values; put free text in the note");
            }
        }
        Map<String, String> attributes = event.attributes();
        deadlineAttributes(event.type(), attributes);
        decisionAttributes(attributes);
        switch (event.type()) {
            case "HEARING_SCHEDULED" -> instant(attributes, "hearingAt");
            case "MEASURE_IMPOSED" -> {
                String type = required(attributes, "measureType");
                if (!Measure.TYPES.contains(type)) {
                    throw invalid(
                            "measureType", "Unknown measure type; use one of " + String.join(", ", Measure.TYPES));
                }
                optionalDate(attributes, "reviewOn");
            }
            case "MEASURE_LIFTED" -> {
                UUID measure = reference(attributes, "measure");
                boolean imposed = earlier.stream()
                        .anyMatch(e -> !e.voided()
                                && e.id().equals(measure)
                                && e.type().equals("MEASURE_IMPOSED"));
                boolean lifted = earlier.stream()
                        .anyMatch(e -> !e.voided()
                                && e.type().equals("MEASURE_LIFTED")
                                && measure.toString().equals(e.attributes().get("measure")));
                if (!imposed || lifted) throw invalid("measure", "Name a measure of this proceeding that is in force");
            }
            case "DECISION_SERVED", "DECISION_FINAL", "HEARING_HELD", "HEARING_CANCELLED" -> {
                if (attributes.containsKey("decision") || attributes.containsKey("hearing")) {
                    UUID ref = reference(attributes, attributes.containsKey("decision") ? "decision" : "hearing");
                    if (earlier.stream().noneMatch(e -> e.id().equals(ref) && !e.voided())) {
                        throw invalid("decision", "Name an event of this proceeding");
                    }
                }
            }
            case "CORRECTION" -> {
                UUID voids = event.voids();
                if (voids == null) throw invalid("voids", "Name the event the correction voids");
                if (event.note() == null || event.note().isBlank())
                    throw invalid("note", "Say why the event is voided");
                if (earlier.stream()
                        .noneMatch(e ->
                                e.id().equals(voids) && !e.voided() && !e.type().equals("CORRECTION"))) {
                    throw invalid("voids", "Name an event of this proceeding that is not voided yet");
                }
            }
            default -> {
                // machine events may carry decision details, checked above like every event's
            }
        }
    }

    /**
     * Attributes that deadlines read: the date a removal is set for ({@code surrenderOn}), the kind of
     * a request to the CCF ({@code requestKind}), and the rule a filing meets ({@code meets}); and,
     * for alert A20, where a UN communication went ({@code unBody}).
     */
    private static void deadlineAttributes(String type, Map<String, String> attributes) {
        optionalDate(attributes, "surrenderOn");
        String kind = attributes.get("requestKind");
        if (kind != null && !REQUEST_KINDS.contains(kind)) {
            throw invalid("requestKind", "requestKind is one of " + String.join(", ", REQUEST_KINDS));
        }
        String body = attributes.get("unBody");
        if (body != null && (!type.equals("COMMUNICATION_SENT") || !UN_BODIES.contains(body))) {
            throw invalid(
                    "unBody", "unBody is one of " + String.join(", ", UN_BODIES) + ", on COMMUNICATION_SENT only");
        }
        String meets = attributes.get("meets");
        if (meets != null
                && (!type.equals("SUBMISSION_FILED") || !RULE.matcher(meets).matches())) {
            throw invalid("meets", "meets names the rule of a deadline a SUBMISSION_FILED meets");
        }
    }

    /** The details of a decision ({@link DecisionDetails}), on whichever event carries them. */
    private static void decisionAttributes(Map<String, String> attributes) {
        String instance = attributes.get("instance");
        if (instance != null && instance.isBlank()) {
            throw invalid("instance", "instance names the court or authority that decided");
        }
        String outcome = attributes.get("outcome");
        if (outcome != null && !DecisionDetails.OUTCOMES.contains(outcome)) {
            throw invalid("outcome", "outcome is one of " + String.join(", ", DecisionDetails.OUTCOMES));
        }
        String ecli = attributes.get("ecli");
        if (ecli != null && !DecisionDetails.ECLI.matcher(ecli).matches()) {
            throw invalid("ecli", "ecli is a European Case Law Identifier in capitals, like ECLI:ME:VSCG:2025:123");
        }
        String appealable = attributes.get("appealable");
        if (appealable != null && !appealable.equals("true") && !appealable.equals("false")) {
            throw invalid("appealable", "appealable is true or false");
        }
    }

    private static String required(Map<String, String> attributes, String key) {
        String value = attributes.get(key);
        if (value == null || value.isBlank()) throw invalid(key, key + " is required for this event");
        return value;
    }

    private static void instant(Map<String, String> attributes, String key) {
        try {
            OffsetDateTime.parse(required(attributes, key));
        } catch (DateTimeParseException e) {
            throw invalid(key, key + " is a date-time with offset, e.g. 2026-12-01T09:30+01:00");
        }
    }

    private static void optionalDate(Map<String, String> attributes, String key) {
        String value = attributes.get(key);
        if (value == null) return;
        try {
            if (DATE.matcher(value).matches()) {
                java.time.LocalDate.parse(value);
                return;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw invalid(key, key + " is a date like 2026-12-01");
    }

    private static UUID reference(Map<String, String> attributes, String key) {
        try {
            return UUID.fromString(required(attributes, key));
        } catch (IllegalArgumentException e) {
            throw invalid(key, key + " is the identifier of an event of this proceeding");
        }
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(message, Map.of(field, message));
    }
}
