package org.tirek.incidents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.Perpetrator;
import org.tirek.platform.InvalidRequestException;

/**
 * The incident form as typed: every value kept as text so that a refused form comes back exactly as
 * it was sent. Perpetrators are rows ({@code p0.relationship}, {@code p0.count}, …); a row left
 * entirely blank is ignored. The narrative field exists only after an explicit "add a narrative".
 *
 * @param values the single-valued fields by name
 * @param contexts the ticked case contexts
 * @param narrativeShown whether the narrative field is on the form
 */
record IncidentForm(
        Map<String, String> values, Set<String> contexts, List<PerpetratorRow> perpetrators, boolean narrativeShown) {

    static final List<String> FIELDS = List.of(
            "type",
            "reportedOn",
            "occurredYear",
            "occurredMonth",
            "occurredDay",
            "timeOfDay",
            "region",
            "area",
            "priorIncidents",
            "reportedBySurvivor",
            "narrative",
            "version");

    private static final Pattern PERPETRATOR_FIELD = Pattern.compile("perpetrators\\[(\\d+)]\\.(.+)");

    /** One perpetrator row as typed. */
    record PerpetratorRow(String relationship, String count, String ageBand, String sex) {

        static PerpetratorRow blank() {
            return new PerpetratorRow("", "", "", "");
        }

        static PerpetratorRow of(Perpetrator p) {
            return new PerpetratorRow(
                    p.relationship().name(),
                    p.count() == null ? "" : p.count().toString(),
                    p.ageBand().name(),
                    p.sex().name());
        }

        boolean isBlank() {
            return relationship.isBlank()
                    && count.isBlank()
                    && (ageBand.isBlank() || ageBand.equals("UNKNOWN"))
                    && (sex.isBlank() || sex.equals("UNKNOWN"));
        }
    }

    IncidentForm {
        values = Map.copyOf(values);
        contexts = Set.copyOf(contexts);
        perpetrators = List.copyOf(perpetrators);
    }

    /** A new incident's form: reported today, one empty perpetrator row, no narrative. */
    static IncidentForm blank(String type, LocalDate today) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, ""));
        values.put("type", type);
        values.put("reportedOn", today.toString());
        values.put("timeOfDay", "UNKNOWN");
        values.put("priorIncidents", "UNKNOWN");
        return new IncidentForm(values, Set.of(), List.of(PerpetratorRow.blank()), false);
    }

    /** The form of a stored incident, as its page shows it for editing. */
    static IncidentForm of(Incident incident) {
        Map<String, String> values = new LinkedHashMap<>();
        PartialDate occurred = incident.occurredOn();
        values.put("type", incident.type().name());
        values.put("reportedOn", incident.reportedOn().toString());
        values.put("occurredYear", occurred == null ? "" : Integer.toString(occurred.year()));
        values.put(
                "occurredMonth", occurred == null || occurred.month() == null ? "" : String.valueOf(occurred.month()));
        values.put("occurredDay", occurred == null || occurred.day() == null ? "" : String.valueOf(occurred.day()));
        values.put("timeOfDay", incident.timeOfDay().name());
        values.put("region", incident.region() == null ? "" : incident.region().code());
        values.put("area", incident.area() == null ? "" : incident.area().name());
        values.put("priorIncidents", incident.priorIncidents().name());
        values.put("reportedBySurvivor", Boolean.toString(incident.reportedBySurvivor()));
        values.put("narrative", incident.narrative() == null ? "" : incident.narrative());
        values.put("version", Integer.toString(incident.version()));
        Set<String> contexts = new LinkedHashSet<>();
        incident.contexts().forEach(c -> contexts.add(c.name()));
        List<PerpetratorRow> rows =
                incident.perpetrators().stream().map(PerpetratorRow::of).toList();
        return new IncidentForm(values, contexts, rows, incident.narrative() != null);
    }

    /** The form as a browser sent it. */
    static IncidentForm from(MultiValueMap<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) values.put(field, first(params, field));
        Set<String> contexts = new LinkedHashSet<>();
        List<String> ticked = params.get("context");
        if (ticked != null) ticked.forEach(c -> contexts.add(c.strip()));
        List<PerpetratorRow> rows = new ArrayList<>();
        int count = rowCount(first(params, "perpetratorRows"));
        for (int i = 0; i < count; i++) {
            rows.add(new PerpetratorRow(
                    first(params, "p" + i + ".relationship"),
                    first(params, "p" + i + ".count"),
                    first(params, "p" + i + ".ageBand"),
                    first(params, "p" + i + ".sex")));
        }
        return new IncidentForm(values, contexts, rows, "true".equals(first(params, "narrativeShown")));
    }

    private static int rowCount(String text) {
        try {
            return Math.clamp(Integer.parseInt(text.strip()), 0, IncidentInput.MAX_PERPETRATORS);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String first(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    /** A field's value as typed, or empty; for the templates. */
    public String get(String field) {
        return values.getOrDefault(field, "");
    }

    /** Whether the context is ticked; for the templates. */
    public boolean ticked(CaseContext context) {
        return contexts.contains(context.name());
    }

    /** Whether another perpetrator row may be added. */
    public boolean mayAddPerpetrator() {
        return perpetrators.size() < IncidentInput.MAX_PERPETRATORS;
    }

    IncidentForm withPerpetratorAdded() {
        if (!mayAddPerpetrator()) return this;
        List<PerpetratorRow> rows = new ArrayList<>(perpetrators);
        rows.add(PerpetratorRow.blank());
        return new IncidentForm(values, contexts, rows, narrativeShown);
    }

    IncidentForm withoutPerpetrator(int index) {
        if (index < 0 || index >= perpetrators.size()) return this;
        List<PerpetratorRow> rows = new ArrayList<>(perpetrators);
        rows.remove(index);
        return new IncidentForm(values, contexts, rows, narrativeShown);
    }

    IncidentForm withNarrative(boolean shown) {
        Map<String, String> changed = new LinkedHashMap<>(values);
        if (!shown) changed.put("narrative", "");
        return new IncidentForm(changed, contexts, perpetrators, shown);
    }

    /**
     * The incident this form describes.
     *
     * @throws InvalidRequestException naming every field to correct, perpetrators by their row on the form
     */
    IncidentInput toInput() {
        FieldErrors errors = new FieldErrors();
        List<IncidentRequest.@Nullable PerpetratorRequest> people = new ArrayList<>();
        List<Integer> rowOf = new ArrayList<>();
        for (int i = 0; i < perpetrators.size(); i++) {
            PerpetratorRow row = perpetrators.get(i);
            if (row.isBlank()) continue;
            Integer count = errors.number(row.count(), "perpetrators[" + i + "].count", 1, Perpetrator.MAX_COUNT);
            people.add(new IncidentRequest.PerpetratorRequest(row.relationship(), count, row.ageBand(), row.sex()));
            rowOf.add(i);
        }
        String survivor = get("reportedBySurvivor");
        IncidentRequest request = new IncidentRequest(
                get("type"),
                null,
                get("reportedOn"),
                occurredOn(),
                get("timeOfDay"),
                get("region"),
                get("area"),
                List.copyOf(contexts),
                people,
                get("priorIncidents"),
                survivor.isBlank() ? null : Boolean.valueOf(survivor),
                narrativeShown ? get("narrative") : null,
                null);
        return request.toInput(errors.withRows(rowOf));
    }

    /**
     * The incident date as the API writes it, from the form's year, month and day; a part that is
     * not a number is kept as typed so that parsing refuses it.
     */
    private @Nullable String occurredOn() {
        String year = get("occurredYear").strip();
        String month = get("occurredMonth").strip();
        String day = get("occurredDay").strip();
        if (year.isEmpty() && month.isEmpty() && day.isEmpty()) return null;
        StringBuilder date = new StringBuilder(year);
        date.append(month.isEmpty() ? (day.isEmpty() ? "" : "-") : "-" + twoDigits(month));
        if (!day.isEmpty()) date.append('-').append(twoDigits(day));
        return date.toString();
    }

    private static String twoDigits(String part) {
        return part.matches("\\d") ? "0" + part : part;
    }

    /** Whether {@code field} (an API field name) is about a perpetrator row, and which. */
    static @Nullable Matcher perpetratorField(String field) {
        Matcher m = PERPETRATOR_FIELD.matcher(field);
        return m.matches() ? m : null;
    }
}
