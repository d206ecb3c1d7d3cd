package org.tirek.incidents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tirek.incidents.AgeBand;
import org.tirek.incidents.Answer;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CaseContext;
import org.tirek.incidents.Classification;
import org.tirek.incidents.Classifier;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.Perpetrator;
import org.tirek.incidents.Question;
import org.tirek.incidents.Relationship;
import org.tirek.incidents.Sex;
import org.tirek.incidents.TimeOfDay;
import org.tirek.platform.Region;

/**
 * An incident as a request gives it (the API's JSON body; the pages build one from their form): text
 * and numbers, checked by {@link #toInput} so that unknown names and impossible dates are refused
 * with the field named, after the caller's role was checked. The type is given either directly or
 * as the classifier's answers by question name ({@code {"penetration":false,"physicalAssault":true}}).
 */
record IncidentRequest(
        @Nullable String type,
        @Nullable Map<String, @Nullable Boolean> answers,
        @Nullable String reportedOn,
        @Nullable String occurredOn,
        @Nullable String timeOfDay,
        @Nullable String region,
        @Nullable String area,
        @Nullable List<@Nullable String> contexts,
        @Nullable List<@Nullable PerpetratorRequest> perpetrators,
        @Nullable String priorIncidents,
        @Nullable Boolean reportedBySurvivor,
        @Nullable String narrative,
        @Nullable Integer version) {

    /** An alleged perpetrator as a request gives it; a {@code count} left out is unknown. */
    record PerpetratorRequest(
            @Nullable String relationship,
            @Nullable Integer count,
            @Nullable String ageBand,
            @Nullable String sex) {}

    /** The incident this request describes; see {@link #toInput(FieldErrors)}. */
    IncidentInput toInput() {
        return toInput(new FieldErrors());
    }

    /**
     * The incident this request describes, adding to what {@code errors} already holds.
     *
     * @throws org.tirek.platform.InvalidRequestException naming every field to correct
     */
    IncidentInput toInput(FieldErrors errors) {
        CoreType coreType = type(errors);
        LocalDate reported = errors.date(reportedOn, "reportedOn");
        PartialDate occurred = occurred(errors);
        TimeOfDay time = errors.orDefault(TimeOfDay.class, timeOfDay, "timeOfDay", TimeOfDay.UNKNOWN);
        Region where = errors.region(region, "region");
        AreaCategory kindOfPlace = errors.optional(AreaCategory.class, area, "area");
        Set<CaseContext> caseContexts = contexts(errors);
        List<Perpetrator> people = perpetrators(errors);
        Answer prior = errors.orDefault(Answer.class, priorIncidents, "priorIncidents", Answer.UNKNOWN);
        if (reportedBySurvivor == null) errors.add("reportedBySurvivor", "required: true or false");
        errors.throwIfAny();
        return new IncidentInput(
                Objects.requireNonNull(coreType),
                Objects.requireNonNull(reported),
                occurred,
                time,
                where,
                kindOfPlace,
                caseContexts,
                people,
                prior,
                Objects.requireNonNull(reportedBySurvivor),
                narrative);
    }

    private @Nullable CoreType type(FieldErrors errors) {
        boolean typed = type != null && !type.isBlank();
        if (answers == null || answers.isEmpty()) return errors.required(CoreType.class, type, "type");
        if (typed) {
            errors.add("type", "give the type or the classifier's answers, not both");
            return null;
        }
        return classified(answers, errors, "answers.");
    }

    /**
     * The type the classifier's answers give.
     *
     * @param answers by question name ({@link Question#field()}); a {@code null} value is not answered
     * @param prefix put before a question's name to name the field of a refusal
     */
    static @Nullable CoreType classified(Map<String, @Nullable Boolean> answers, FieldErrors errors, String prefix) {
        Map<Question, Boolean> given = new EnumMap<>(Question.class);
        boolean unknownQuestion = false;
        for (Map.Entry<String, @Nullable Boolean> answer : answers.entrySet()) {
            Question question = question(answer.getKey());
            Boolean value = answer.getValue();
            if (question == null) {
                errors.add("answers", "only the classifier's questions: " + QUESTIONS);
                unknownQuestion = true;
            } else if (value != null) given.put(question, value);
        }
        if (unknownQuestion) return null;
        return switch (Classifier.classify(given)) {
            case Classification.Classified c -> c.type();
            case Classification.Pending p -> {
                errors.add(
                        prefix + p.next().field(),
                        "answer this question: the first 'yes' decides, in the order of the GBVIMS tool");
                yield null;
            }
        };
    }

    private static final String QUESTIONS = java.util.Arrays.stream(Question.values())
            .map(Question::field)
            .collect(java.util.stream.Collectors.joining(", "));

    private static @Nullable Question question(String field) {
        for (Question q : Question.values()) if (q.field().equals(field)) return q;
        return null;
    }

    private @Nullable PartialDate occurred(FieldErrors errors) {
        if (occurredOn == null || occurredOn.isBlank()) return null;
        try {
            return PartialDate.parse(occurredOn);
        } catch (IllegalArgumentException e) {
            errors.add(
                    "occurredOn",
                    "a date that exists, written YYYY, YYYY-MM or YYYY-MM-DD, from " + PartialDate.MIN_YEAR);
            return null;
        }
    }

    private Set<CaseContext> contexts(FieldErrors errors) {
        Set<CaseContext> set = EnumSet.noneOf(CaseContext.class);
        if (contexts == null) return set;
        for (String context : contexts) {
            CaseContext parsed = errors.optional(CaseContext.class, context, "contexts");
            if (parsed != null) set.add(parsed);
        }
        return set;
    }

    private List<Perpetrator> perpetrators(FieldErrors errors) {
        List<Perpetrator> list = new ArrayList<>();
        if (perpetrators == null) return list;
        if (perpetrators.size() > IncidentInput.MAX_PERPETRATORS) {
            errors.add("perpetrators", "at most " + IncidentInput.MAX_PERPETRATORS);
            return list;
        }
        for (int i = 0; i < perpetrators.size(); i++) {
            PerpetratorRequest p = perpetrators.get(i);
            String at = errors.perpetrator(i);
            if (p == null) {
                errors.add(at + "relationship", "required");
                continue;
            }
            Relationship relationship = errors.required(Relationship.class, p.relationship(), at + "relationship");
            AgeBand age = errors.orDefault(AgeBand.class, p.ageBand(), at + "ageBand", AgeBand.UNKNOWN);
            Sex sex = errors.orDefault(Sex.class, p.sex(), at + "sex", Sex.UNKNOWN);
            Integer count = p.count();
            if (count != null && (count < 1 || count > Perpetrator.MAX_COUNT)) {
                errors.add(
                        at + "count",
                        "a whole number from 1 to " + Perpetrator.MAX_COUNT + ", or left out when unknown");
                continue;
            }
            if (sex == Sex.MIXED && count != null && count < 2) {
                errors.add(at + "sex", "MIXED only for a group of two or more");
                continue;
            }
            if (relationship != null) list.add(new Perpetrator(relationship, count, age, sex));
        }
        return list;
    }
}
