package org.tirek.incidents;

import java.util.Map;

/**
 * The GBVIMS classification tool as a pure function: the questions are asked in their fixed
 * priority order (penetration, unwanted sexual contact, physical assault, forced marriage, denial of
 * resources, psychological abuse) and the first "yes" decides the incident's one core type. Answers
 * after the first "yes" do not matter; when every answer is "no" the incident is
 * {@link CoreType#NON_GBV}.
 */
public final class Classifier {

    private Classifier() {}

    /**
     * Classifies by the answers given so far (a question missing from the map is not answered yet).
     *
     * @return the type once a "yes" or six "no"s decide it, otherwise the first unanswered question
     */
    public static Classification classify(Map<Question, Boolean> answers) {
        for (Question question : Question.values()) {
            Boolean answer = answers.get(question);
            if (answer == null) return new Classification.Pending(question);
            if (answer) return new Classification.Classified(question.type(), question);
        }
        return new Classification.Classified(CoreType.NON_GBV, null);
    }
}
