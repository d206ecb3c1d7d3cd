package org.tirek.incidents.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.tirek.incidents.Answer;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.CoreType;
import org.tirek.platform.InvalidRequestException;

/**
 * A refused incident form as its page shows it: a message key next to each refused field (keys
 * {@code incidents.error.<field>}, {@code incidents.error.perpetrator.<part>}) and the element that
 * takes the focus, the first refused field in the order of the form.
 */
final class Refusals {

    /** The fields of the form in the order it shows them; perpetrator rows come before {@code perpetrators}. */
    static final List<String> FORM_FIELDS = List.of(
            "type",
            "reportedOn",
            "occurredOn",
            "timeOfDay",
            "region",
            "area",
            "contexts",
            "perpetrators",
            "priorIncidents",
            "reportedBySurvivor",
            "narrative");

    private static final List<String> PERPETRATOR_PARTS = List.of("relationship", "count", "ageBand", "sex");

    private Refusals() {}

    /** Message keys by field (API names) of a refusal; a field the form does not show becomes {@code form}. */
    static Map<String, String> messageKeys(InvalidRequestException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : e.fieldErrors().keySet()) {
            Matcher row = IncidentForm.perpetratorField(field);
            if (row != null) errors.put(field, "incidents.error.perpetrator." + row.group(2));
            else if (FORM_FIELDS.contains(field)) errors.put(field, "incidents.error." + field);
            else errors.put("form", "incidents.error.form");
        }
        if (errors.isEmpty()) errors.put("form", "incidents.error.form");
        return errors;
    }

    /** The id of the element to focus: that of the first refused field, or empty. */
    static String autofocus(Map<String, String> errors, IncidentForm form) {
        int rows = FORM_FIELDS.indexOf("perpetrators");
        List<String> order = new ArrayList<>(FORM_FIELDS.subList(0, rows));
        for (int i = 0; i < form.perpetrators().size(); i++) {
            for (String part : PERPETRATOR_PARTS) order.add("perpetrators[" + i + "]." + part);
        }
        order.addAll(FORM_FIELDS.subList(rows, FORM_FIELDS.size()));
        for (String field : order) {
            if (errors.containsKey(field)) return elementOf(field);
        }
        return "";
    }

    /** The id of the element that takes the focus for {@code field}. */
    private static String elementOf(String field) {
        Matcher row = IncidentForm.perpetratorField(field);
        if (row != null) return "p" + row.group(1) + "-" + row.group(2);
        return switch (field) {
            case "type" -> "type-" + CoreType.values()[0].name();
            case "occurredOn" -> "occurredYear";
            case "contexts" -> "context-" + CaseContext.values()[0].name();
            case "perpetrators" -> "add-perpetrator";
            case "priorIncidents" -> "priorIncidents-" + Answer.values()[0].name();
            case "reportedBySurvivor" -> "reportedBySurvivor-true";
            default -> field;
        };
    }
}
