package org.tirek.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tirek.incidents.AreaCategory;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.PartialDate;
import org.tirek.intake.IntakeAnswers;
import org.tirek.intake.ReporterConsent;

/** The questionnaire's rules and the reading of a filled form, without Spring or a database. */
class IntakeQuestionnaireTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void theDefaultQuestionnaireKeepsTheRulesAndAsksEveryFixedKindOnce() throws IOException {
        Questionnaire q = Questionnaire.parse(1, defaultDefinition());
        for (Questionnaire.Kind kind : Questionnaire.Kind.values()) {
            if (kind == Questionnaire.Kind.TEXT || kind == Questionnaire.Kind.CHOICE) continue;
            assertThat(q.of(kind)).as("question of kind %s", kind).isNotNull();
        }
        assertThat(Questionnaire.parse(2, q.toJson())).isEqualTo(new Questionnaire(2, q.questions()));
    }

    @Test
    void everyProblemOfADefinitionIsNamedAtOnce() {
        String json = """
                {"questions": [
                  {"id": "Bad Id", "kind": "TEXT"},
                  {"id": "what", "kind": "WHAT_HAPPENED", "label": {"en": "What?", "ru": "Что?"},
                   "options": [{"value": "BURGLARY", "label": {"en": "b", "ru": "b", "kk": "b"}}]},
                  {"id": "safe", "kind": "SAFE_NOW", "label": {"en": "a", "ru": "a", "kk": "a", "de": "a"},
                   "options": [{"value": "X", "label": {"en": "x", "ru": "x", "kk": "x"}}]},
                  {"id": "safe", "kind": "SAFE_NOW", "label": {"en": "a", "ru": "a", "kk": "a"}}
                ]}""";
        assertThatThrownBy(() -> Questionnaire.parse(1, json))
                .isInstanceOfSatisfying(
                        Questionnaire.Invalid.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.key().substring("intake.questionnaire.problem.".length()))
                                .containsExactlyInAnyOrder(
                                        "id",
                                        "labelLang",
                                        "optionType",
                                        "unknownLang",
                                        "noOptions",
                                        "twice",
                                        "fixedTwice"));
        assertThatThrownBy(() -> Questionnaire.parse(1, "{not json"))
                .isInstanceOfSatisfying(
                        Questionnaire.Invalid.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .extracting(QuestionnaireProblem::key)
                                .isEqualTo("intake.questionnaire.problem.json"));
    }

    @Test
    void aFilledFormGivesTheStructuredAnswersIncludingWhoTheKindOfPlaceAndConsent() throws IOException {
        Questionnaire q = Questionnaire.parse(1, defaultDefinition());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q.who", "SOMEONE_ELSE");
        form.put("q.what", "FORCED_MARRIAGE");
        form.put("q.when.year", "2026");
        form.put("q.when.month", "2");
        form.put("q.where", "KZ-75");
        form.put("q.area", "CAMP");
        form.put("q.safe", "NO");
        form.put("q.contact.way", "NONE");
        form.put("q.consent.LEGAL_ACTION", "yes");
        form.put("q.consent.ADVOCACY", "no"); // only "yes" ticks a box
        Answers.Read read = Answers.read(q, form, TODAY);
        assertThat(read.errors()).isEmpty();
        IntakeAnswers a = Answers.structured(q, Answers.parse(Answers.toJson(1, read.answers())));
        assertThat(a.reportedBy()).isEqualTo(IntakeAnswers.ReportedBy.SOMEONE_ELSE);
        assertThat(a.type()).isEqualTo(CoreType.FORCED_MARRIAGE);
        assertThat(a.when()).isEqualTo(PartialDate.ofMonth(2026, 2));
        assertThat(a.area()).isEqualTo(AreaCategory.CAMP);
        assertThat(a.consent()).isEqualTo(new ReporterConsent(true, Set.of(ReporterConsent.Purpose.LEGAL_ACTION)));
        assertThat(a.story()).isNull();
    }

    @Test
    void wrongValuesAreRefusedByQuestionWithNothingStored() throws IOException {
        Questionnaire q = Questionnaire.parse(1, defaultDefinition());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("q.who", "NOBODY");
        form.put("q.what", "PHYSICAL_ASSAULT");
        form.put("q.when.year", "2026");
        form.put("q.when.month", "4"); // after TODAY
        form.put("q.area", "MOON");
        form.put("q.safe", "YES");
        form.put("q.contact.way", "PHONE");
        form.put("q.contact.phone", "call me");
        Answers.Read read = Answers.read(q, form, TODAY);
        assertThat(read.errors())
                .containsEntry("who", "intake.error.option")
                .containsEntry("when", "intake.error.date.future")
                .containsEntry("area", "intake.error.option")
                .containsEntry("contact", "intake.error.phone")
                .hasSize(4);
    }

    @Test
    void consentMayBeRequiredAsAtLeastOneBox() {
        Questionnaire q = Questionnaire.parse(1, """
                {"questions": [{"id": "ok", "kind": "CONSENT", "required": true,
                  "label": {"en": "May we?", "ru": "Можно?", "kk": "Бола ма?"}}]}""");
        assertThat(Answers.read(q, Map.of(), TODAY).errors()).containsEntry("ok", "intake.error.consent");
        assertThat(Answers.read(q, Map.of("q.ok.STATISTICS", "yes"), TODAY).errors())
                .isEmpty();
    }

    static String defaultDefinition() throws IOException {
        try (InputStream in = IntakeQuestionnaireTest.class.getResourceAsStream("/" + Questionnaires.DEFAULT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
