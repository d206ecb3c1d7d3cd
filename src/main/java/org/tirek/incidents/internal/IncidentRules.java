package org.tirek.incidents.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.PartialDate;

/**
 * The rules an incident's fields must keep together, beyond what each value type checks on its own.
 * "Today" is the caller's: a report dated tomorrow (UTC) is still accepted, because it is already
 * tomorrow east of UTC (Kazakhstan is at UTC+5).
 */
final class IncidentRules {

    private IncidentRules() {}

    /** What is wrong with {@code input}, by field (API names), in the order of the form; empty when nothing. */
    static Map<String, String> problems(IncidentInput input, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate latestReport = today.plusDays(1);
        if (input.reportedOn().isAfter(latestReport)) problems.put("reportedOn", "not in the future");
        else if (input.reportedOn().getYear() < PartialDate.MIN_YEAR) {
            problems.put("reportedOn", "from " + PartialDate.MIN_YEAR + " on");
        }
        PartialDate occurred = input.occurredOn();
        if (occurred != null && occurred.isCertainlyAfter(input.reportedOn())) {
            problems.put("occurredOn", "not after the report date");
        }
        if (input.perpetrators().size() > IncidentInput.MAX_PERPETRATORS) {
            problems.put("perpetrators", "at most " + IncidentInput.MAX_PERPETRATORS);
        }
        String narrative = input.narrative();
        if (narrative != null && narrative.length() > IncidentInput.MAX_NARRATIVE) {
            problems.put("narrative", "at most " + IncidentInput.MAX_NARRATIVE + " characters");
        }
        return problems;
    }
}
