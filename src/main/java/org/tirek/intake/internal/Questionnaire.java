package org.tirek.intake.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A version of the report form, as administrators write it (JSON): the questions in order, each of a
 * kind, with its label and help in English, Russian and Kazakh. The kinds with a fixed meaning
 * ({@link Kind#WHO} to {@link Kind#FILES}) appear at most once each and feed the structured answers
 * (and, once the report is in a case, its incident); {@link Kind#TEXT} and {@link Kind#CHOICE} are the
 * organisation's own questions.
 */
public record Questionnaire(int version, List<Question> questions) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES) // "required" left out: optional
            .build();

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** What a question asks for. */
    public enum Kind {
        /** Whether the person it happened to is writing, or someone else. */
        WHO,
        /** What happened, in plain words; each option maps to a GBVIMS core type (its value). */
        WHAT_HAPPENED,
        /** When: year, month and year, or a full date. */
        WHEN,
        /** Where: a region (country or first-level subdivision). */
        WHERE,
        /** The kind of place: town, village, camp, online, other (never an address). */
        AREA,
        /** Is the person safe now: yes, no, unsure. */
        SAFE_NOW,
        /** Whether and how contact is wanted, with the safe-contact rules. */
        CONTACT,
        /** What the organisation may do with the report, one box per purpose ("required": at least one box). */
        CONSENT,
        /** The reporter's own words. */
        STORY,
        /** Files to attach. */
        FILES,
        /** An organisation's own free-text question. */
        TEXT,
        /** An organisation's own question with options. */
        CHOICE
    }

    /** One question. {@code label} and {@code help} are by language ({@code en}, {@code ru}, {@code kk}). */
    public record Question(
            String id,
            Kind kind,
            boolean required,
            Map<String, String> label,
            @Nullable Map<String, String> help,
            @Nullable List<Option> options,
            @Nullable Integer maxLength) {

        public String label(Locale locale) {
            return label.getOrDefault(locale.getLanguage(), label.getOrDefault("en", id));
        }

        public @Nullable String help(Locale locale) {
            Map<String, String> h = help;
            return h == null ? null : h.getOrDefault(locale.getLanguage(), h.get("en"));
        }

        public List<Option> choices() {
            List<Option> o = options;
            return o == null ? List.of() : o;
        }

        public int limit() {
            Integer max = maxLength;
            return max == null ? 20_000 : max;
        }
    }

    /** One option of a question with options; {@code value} is what is stored. */
    public record Option(String value, Map<String, String> label) {
        public String label(Locale locale) {
            return label.getOrDefault(locale.getLanguage(), label.getOrDefault("en", value));
        }
    }

    /** The question of a fixed kind, if the form has one. */
    public @Nullable Question of(Kind kind) {
        return questions.stream().filter(q -> q.kind() == kind).findFirst().orElse(null);
    }

    /**
     * Reads and checks a definition.
     *
     * @throws Invalid naming every problem found
     */
    static Questionnaire parse(int version, String json) {
        Definition definition;
        try {
            definition = JSON.readValue(json, Definition.class);
        } catch (JacksonException e) {
            throw new Invalid(List.of(QuestionnaireProblem.of("json", String.valueOf(e.getOriginalMessage()))));
        }
        List<Question> questions = definition.questions() == null ? List.of() : definition.questions();
        List<QuestionnaireProblem> problems = QuestionnaireRules.problems(questions);
        if (!problems.isEmpty()) throw new Invalid(problems);
        return new Questionnaire(version, questions);
    }

    /** The definition as JSON, as administrators edit it. */
    String toJson() {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(new Definition(questions));
    }

    record Definition(@Nullable List<Question> questions) {}

    /** A definition that cannot be used, with every problem found. */
    static final class Invalid extends RuntimeException {
        private final List<QuestionnaireProblem> problems;

        Invalid(List<QuestionnaireProblem> problems) {
            super("The questionnaire has " + problems.size() + " problem(s)");
            this.problems = List.copyOf(problems);
        }

        List<QuestionnaireProblem> problems() {
            return problems;
        }
    }
}
