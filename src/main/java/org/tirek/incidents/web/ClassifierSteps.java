package org.tirek.incidents.web;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.tirek.incidents.Classification;
import org.tirek.incidents.Classifier;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Question;

/**
 * The guided classifier on pages, one question at a time and without JavaScript or a session: each
 * page carries the earlier answers as hidden fields ({@code answer.<QUESTION>} = {@code YES} or
 * {@code NO}) and the question it asks ({@code current}); the {@link Classifier} decides what comes
 * next. "Back" shows the previous question with its answer chosen.
 */
final class ClassifierSteps {

    private ClassifierSteps() {}

    /**
     * Where the classifier stands.
     *
     * @param question the question to ask now, or {@code null} once the type is known
     * @param answeredNo the questions before it, all answered "no" (first "yes" wins)
     * @param chosen the answer to show chosen ({@code YES}, {@code NO}) or {@code null}
     * @param unanswered whether the page is shown again because no answer was chosen
     * @param type the type found, or {@code null} while a question is open
     */
    record Step(
            @Nullable Question question,
            List<Question> answeredNo,
            @Nullable String chosen,
            boolean unanswered,
            @Nullable CoreType type) {

        /** The question's place, from 1. */
        public int number() {
            return question == null ? Question.values().length : question.ordinal() + 1;
        }

        public int total() {
            return Question.values().length;
        }

        /** The question a "yes" to which gave the type; {@code null} for NON_GBV or while open. */
        public @Nullable Question decidedBy() {
            if (type == null || question != null) return null;
            for (Question q : Question.values()) if (q.type() == type) return q;
            return null;
        }
    }

    static Step start() {
        return ask(Question.values()[0], null, false);
    }

    /** The page after one was sent: the next question, the same one again, the previous one, or the type. */
    static Step next(MultiValueMap<String, String> params) {
        Map<Question, Boolean> answers = answers(params);
        Question current = question(params.getFirst("current"));
        if (current != null && "back".equals(params.getFirst("action"))) {
            Question target = current.ordinal() == 0 ? current : Question.values()[current.ordinal() - 1];
            Boolean earlier = answers.get(target);
            return ask(target, earlier == null ? null : earlier ? "YES" : "NO", false);
        }
        if (current != null) {
            answers.keySet().removeIf(q -> q.compareTo(current) > 0); // stale answers of later questions
            if (!answers.containsKey(current)) return ask(current, null, true);
        }
        return switch (Classifier.classify(answers)) {
            case Classification.Pending p -> ask(p.next(), null, false);
            case Classification.Classified c -> decided(c.type());
        };
    }

    /** The step after the classifier found {@code type}. */
    static Step decided(CoreType type) {
        Question decidedBy = null;
        for (Question q : Question.values()) if (q.type() == type) decidedBy = q;
        List<Question> no = decidedBy == null ? List.of(Question.values()) : before(decidedBy);
        return new Step(null, no, null, false, type);
    }

    private static Step ask(Question question, @Nullable String chosen, boolean unanswered) {
        return new Step(question, before(question), chosen, unanswered, null);
    }

    private static List<Question> before(Question question) {
        return Arrays.stream(Question.values())
                .filter(q -> q.compareTo(question) < 0)
                .toList();
    }

    private static Map<Question, Boolean> answers(MultiValueMap<String, String> params) {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        for (Question q : Question.values()) {
            String value = params.getFirst("answer." + q.name());
            if ("YES".equals(value)) answers.put(q, true);
            else if ("NO".equals(value)) answers.put(q, false);
        }
        return answers;
    }

    private static @Nullable Question question(@Nullable String name) {
        if (name == null) return null;
        return Arrays.stream(Question.values())
                .filter(q -> q.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
