package org.tirek.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The GBVIMS tool's fixed priority order: the first "yes" decides, whatever comes after it. */
class ClassifierTest {

    @Test
    void penetrationAndPhysicalAssaultIsRape() {
        Map<Question, Boolean> answers = answers(Question.PENETRATION, Question.PHYSICAL_ASSAULT);
        assertThat(Classifier.classify(answers))
                .isEqualTo(new Classification.Classified(CoreType.RAPE, Question.PENETRATION));
    }

    @Test
    void unwantedSexualContactOutranksEverythingAfterIt() {
        Map<Question, Boolean> answers = answers(
                Question.UNWANTED_SEXUAL_CONTACT,
                Question.PHYSICAL_ASSAULT,
                Question.FORCED_MARRIAGE,
                Question.DENIAL_OF_RESOURCES,
                Question.PSYCHOLOGICAL_ABUSE);
        assertThat(type(answers)).isEqualTo(CoreType.SEXUAL_ASSAULT);
    }

    @Test
    void physicalViolenceInAForcedMarriageIsPhysicalAssault() {
        assertThat(type(answers(Question.FORCED_MARRIAGE, Question.PHYSICAL_ASSAULT)))
                .isEqualTo(CoreType.PHYSICAL_ASSAULT);
    }

    @Test
    void threatsWithDenialOfMoneyAreDenialOfResources() {
        assertThat(type(answers(Question.PSYCHOLOGICAL_ABUSE, Question.DENIAL_OF_RESOURCES)))
                .isEqualTo(CoreType.DENIAL_OF_RESOURCES);
    }

    @ParameterizedTest
    @EnumSource(Question.class)
    void eachQuestionAloneGivesItsType(Question question) {
        Map<Question, Boolean> answers = answers(question);
        assertThat(Classifier.classify(answers)).isEqualTo(new Classification.Classified(question.type(), question));
    }

    @Test
    void everyAnswerNoIsNotGenderBasedViolence() {
        assertThat(Classifier.classify(answers())).isEqualTo(new Classification.Classified(CoreType.NON_GBV, null));
    }

    @Test
    void answersAfterTheFirstYesNeedNotBeGiven() {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        answers.put(Question.PENETRATION, false);
        answers.put(Question.UNWANTED_SEXUAL_CONTACT, true);
        assertThat(type(answers)).isEqualTo(CoreType.SEXUAL_ASSAULT);
    }

    @Test
    void anUnansweredQuestionBeforeAnyYesIsAskedNext() {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        assertThat(Classifier.classify(answers)).isEqualTo(new Classification.Pending(Question.PENETRATION));
        answers.put(Question.PENETRATION, false);
        answers.put(Question.PHYSICAL_ASSAULT, true); // a later "yes" cannot decide while an earlier question is open
        assertThat(Classifier.classify(answers))
                .isEqualTo(new Classification.Pending(Question.UNWANTED_SEXUAL_CONTACT));
    }

    @Test
    void theQuestionsFollowThePriorityOrderOfTheCoreTypes() {
        for (Question q : Question.values()) assertThat(q.type().ordinal()).isEqualTo(q.ordinal());
        assertThat(CoreType.values()[Question.values().length]).isEqualTo(CoreType.NON_GBV);
    }

    /** Every question answered: "yes" to {@code yes}, "no" to the rest. */
    private static Map<Question, Boolean> answers(Question... yes) {
        Map<Question, Boolean> answers = new EnumMap<>(Question.class);
        for (Question q : Question.values()) answers.put(q, false);
        for (Question q : yes) answers.put(q, true);
        return answers;
    }

    private static CoreType type(Map<Question, Boolean> answers) {
        return ((Classification.Classified) Classifier.classify(answers)).type();
    }
}
