package org.tirek.intake.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tirek.incidents.CoreType;

/**
 * What a questionnaire's definition must keep before it is saved: ids that are lower-case words and
 * unique, each kind of fixed meaning at most once, options exactly where a kind takes them (those of
 * WHAT_HAPPENED valued by GBVIMS core type), and every text in English, Russian and Kazakh. Every
 * problem is reported at once, so that an administrator fixes them in one go.
 */
final class QuestionnaireRules {

    static final List<String> LANGUAGES = List.of("en", "ru", "kk");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final Set<Questionnaire.Kind> OWN = EnumSet.of(Questionnaire.Kind.TEXT, Questionnaire.Kind.CHOICE);

    private QuestionnaireRules() {}

    static List<QuestionnaireProblem> problems(List<Questionnaire.Question> questions) {
        List<QuestionnaireProblem> problems = new ArrayList<>();
        if (questions.isEmpty()) problems.add(QuestionnaireProblem.of("empty"));
        Set<String> ids = new HashSet<>();
        Set<Questionnaire.Kind> fixed = EnumSet.noneOf(Questionnaire.Kind.class);
        for (Questionnaire.Question q : questions) {
            if (q.id() == null || !ID.matcher(q.id()).matches()) {
                problems.add(QuestionnaireProblem.of("id", String.valueOf(q.id())));
                continue;
            }
            if (!ids.add(q.id())) problems.add(QuestionnaireProblem.of("twice", q.id()));
            if (q.kind() == null) {
                problems.add(QuestionnaireProblem.of("noKind", q.id()));
                continue;
            }
            if (!OWN.contains(q.kind()) && !fixed.add(q.kind()))
                problems.add(QuestionnaireProblem.of("fixedTwice", q.kind().name()));
            texts(problems, q.id(), "label", q.label(), true);
            if (q.help() != null) texts(problems, q.id(), "help", q.help(), false);
            Integer max = q.maxLength();
            if (max != null && (max < 1 || max > 100_000)) problems.add(QuestionnaireProblem.of("maxLength", q.id()));
            options(problems, q);
        }
        return problems;
    }

    private static void options(List<QuestionnaireProblem> problems, Questionnaire.Question q) {
        boolean takesOptions = q.kind() == Questionnaire.Kind.WHAT_HAPPENED || q.kind() == Questionnaire.Kind.CHOICE;
        if (takesOptions && q.choices().isEmpty()) problems.add(QuestionnaireProblem.of("needsOptions", q.id()));
        if (!takesOptions && !q.choices().isEmpty())
            problems.add(QuestionnaireProblem.of("noOptions", q.id(), q.kind().name()));
        Set<String> values = new HashSet<>();
        for (Questionnaire.Option o : q.choices()) {
            if (o.value() == null || o.value().isBlank()) {
                problems.add(QuestionnaireProblem.of("optionValue", q.id()));
                continue;
            }
            if (!values.add(o.value())) problems.add(QuestionnaireProblem.of("optionTwice", q.id(), o.value()));
            if (q.kind() == Questionnaire.Kind.WHAT_HAPPENED && !isCoreType(o.value()))
                problems.add(QuestionnaireProblem.of(
                        "optionType",
                        q.id(),
                        o.value(),
                        List.of(CoreType.values()).toString()));
            if (o.label() == null) problems.add(QuestionnaireProblem.of("optionLabel", q.id(), o.value()));
            else optionTexts(problems, q.id(), o);
        }
    }

    private static void texts(
            List<QuestionnaireProblem> problems,
            String id,
            String what,
            @Nullable Map<String, String> texts,
            boolean required) {
        if (texts == null) {
            if (required) problems.add(QuestionnaireProblem.of(what + "Missing", id));
            return;
        }
        for (String lang : LANGUAGES) {
            String text = texts.get(lang);
            if (text == null || text.isBlank()) problems.add(QuestionnaireProblem.of(what + "Lang", id, lang));
        }
        for (String lang : texts.keySet()) {
            if (!LANGUAGES.contains(lang)) problems.add(QuestionnaireProblem.of("unknownLang", id, lang));
        }
    }

    private static void optionTexts(List<QuestionnaireProblem> problems, String id, Questionnaire.Option o) {
        for (String lang : LANGUAGES) {
            String text = o.label().get(lang);
            if (text == null || text.isBlank())
                problems.add(QuestionnaireProblem.of("optionLang", id, o.value(), lang));
        }
        for (String lang : o.label().keySet()) {
            if (!LANGUAGES.contains(lang)) problems.add(QuestionnaireProblem.of("unknownLang", id, lang));
        }
    }

    private static boolean isCoreType(String value) {
        for (CoreType type : CoreType.values()) if (type.name().equals(value)) return true;
        return false;
    }
}
