package org.tirek.intake.internal;

import java.util.List;

/**
 * Something wrong with a questionnaire's definition, as a message of the {@code intake} bundle
 * ({@code intake.questionnaire.problem.<name>}) and its arguments (question ids, option values,
 * kinds, languages: never a reporter's data).
 */
public record QuestionnaireProblem(String key, List<Object> args) {

    public QuestionnaireProblem {
        args = List.copyOf(args);
    }

    static QuestionnaireProblem of(String name, Object... args) {
        return new QuestionnaireProblem("intake.questionnaire.problem." + name, List.of(args));
    }
}
