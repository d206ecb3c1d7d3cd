package org.tirek.proceedings.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTasks;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.ChargeCategory;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Every implemented rule on the embedded database, driven through the proceedings' own API: one
 * scenario that fires it and one that must not. Time-based rules are evaluated as of a given instant.
 */
@TirekTest
class AlertRulesIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");
    static final LocalDate D = LocalDate.of(2025, 4, 14);

    @Autowired
    Proceedings proceedings;

    @Autowired
    SafeguardAlerts alerts;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    org.tirek.proceedings.deadlines.DeadlineWatch watch;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CaseTasks tasks;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    TirekUser lawyer;
    CaseId caseId;

    @BeforeEach
    void aLawyersCase() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lawyer));
    }

    // --- A1

    @Test
    void a1FiresWhenTheExtraditionReachesTheMinisterWhileAsylumIsPendingAndResolvesWhenItEnds() {
        asylumLodged();
        ProceedingSummary x = extraditionTo("MINISTER_PENDING", "KZ");
        assertThat(rules()).contains("A1");
        Alert a1 = only("A1");
        assertThat(a1.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(a1.explanationArgs())
                .containsExactly("state:MINISTER_PENDING", "state:APPLICATION_LODGED", "date:2023-10-01");
        assertThat(a1.links())
                .extracting(l -> l.type())
                .containsExactly(ProceedingType.EXTRADITION, ProceedingType.ASYLUM);

        record(x, "MINISTER_REFUSED", D.plusDays(40));
        assertThat(rules()).doesNotContain("A1");
        assertThat(alerts.readOfCase(lawyer, caseId))
                .filteredOn(a -> a.rule().equals("A1"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
                    assertThat(a.resolvedAt()).isNotNull();
                });
    }

    @Test
    void a1DoesNotFireWhenTheAsylumClaimWasFinallyRejected() {
        ProceedingSummary asylum = asylumLodged();
        record(asylum, "APPLICATION_REJECTED", D.minusDays(30));
        record(asylum, "APPEAL_DEADLINE_PASSED", D.minusDays(10));
        extraditionTo("MINISTER_PENDING", "KZ");
        assertThat(rules()).doesNotContain("A1");
    }

    @Test
    void a1DoesNotFireWhileTheExtraditionIsStillBeforeTheCourts() {
        asylumLodged();
        extraditionTo("JUDICIAL_EXAMINATION", "KZ");
        assertThat(rules()).doesNotContain("A1", "A4");
    }

    // --- A2

    @Test
    void a2FiresWhenProtectionIsGrantedWhileTheExtraditionGoesOnAndCreatesATask() {
        ProceedingSummary asylum = asylumLodged();
        extraditionTo("JUDICIAL_EXAMINATION", "KZ");
        record(asylum, "REFUGEE_STATUS_GRANTED", D.plusDays(20));
        assertThat(only("A2").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(tasks.ofCase(lawyer, caseId))
                .anySatisfy(t -> assertThat(t.title()).startsWith("A2:"));
    }

    @Test
    void a2DoesNotFireWhenTheExtraditionHasEndedWithTheClientReleased() {
        ProceedingSummary asylum = asylumLodged();
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        record(x, "ARRESTED_ON_PROVISIONAL_REQUEST", D);
        record(x, "REQUEST_WITHDRAWN", D.plusDays(2));
        record(asylum, "REFUGEE_STATUS_GRANTED", D.plusDays(20));
        assertThat(rules()).doesNotContain("A2");
    }

    // --- A4

    @Test
    void a4FiresWhenTheConditionsAreFinallyMetWithNoSuspensiveRemedyAndWhenSurrenderIsScheduled() {
        ProceedingSummary x = extraditionTo("CONDITIONS_MET_FINAL", "KZ");
        assertThat(only("A4").explanationKey()).isEqualTo("alerts.explain.A4.final");
        record(x, "FILE_TO_MINISTER", D.plusDays(30));
        assertThat(rules()).doesNotContain("A4");
        record(x, "MINISTER_ALLOWED", D.plusDays(40));
        record(x, "SURRENDER_DATE_SET", D.plusDays(41));
        assertThat(only("A4").explanationKey()).isEqualTo("alerts.explain.A4.scheduled");
    }

    @Test
    void a4DoesNotFireWhileAnInterimMeasureIsInForce() {
        ProceedingSummary measure = open(ProceedingType.INTERIM_MEASURE, null, ClientRole.APPLICANT);
        record(measure, "REQUEST_SUBMITTED", D);
        record(measure, "MEASURE_GRANTED", D.plusDays(1));
        extraditionTo("CONDITIONS_MET_FINAL", "KZ");
        assertThat(rules()).doesNotContain("A4");
    }

    // --- A5

    @Test
    void a5FiresAtDays14And18And40OfAProvisionalArrestWithoutAFormalRequest() {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "RS", ClientRole.REQUESTED_PERSON);
        record(x, "ARRESTED_ON_PROVISIONAL_REQUEST", D);
        evaluateAt(D.plusDays(10));
        assertThat(rules()).doesNotContain("A5");
        evaluateAt(D.plusDays(15));
        Alert day14 = only("A5");
        assertThat(day14.subject()).endsWith("/day14");
        assertThat(day14.explanationKey()).isEqualTo("alerts.explain.A5.ece");
        evaluateAt(D.plusDays(19));
        assertThat(only("A5").subject()).endsWith("/day18");
        evaluateAt(D.plusDays(41));
        assertThat(only("A5").subject()).endsWith("/day40");
    }

    @Test
    void a5DoesNotFireOnceTheFormalRequestHasArrived() {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        record(x, "ARRESTED_ON_PROVISIONAL_REQUEST", D);
        record(x, "FORMAL_REQUEST_RECEIVED", D.plusDays(5));
        evaluateAt(D.plusDays(20));
        assertThat(rules()).doesNotContain("A5");
    }

    // --- A6, through the deadlines the rule packs compute

    @Test
    void a6FiresForTheExtraditionAppealDueWithin48HoursAndNotOnceTheAppealIsLodged() {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        LocalDate today = LocalDate.now(PODGORICA);
        record(x, "FORMAL_REQUEST_RECEIVED", today.minusDays(9));
        record(x, "INVESTIGATING_JUDGE_SEIZED", today.minusDays(6));
        record(x, "FILE_SENT_TO_PANEL", today.minusDays(4));
        // the Montenegrin pack: 3 calendar days to appeal the panel's finding
        record(x, "PANEL_FOUND_CONDITIONS_MET", today.minusDays(2));
        Alert a6 = only("A6");
        assertThat(a6.severity()).isEqualTo(Severity.HIGH);
        assertThat(a6.explanationArgs()).startsWith("deadline:ME-EXTRADITION-APPEAL", "type:EXTRADITION");

        record(x, "APPEAL_LODGED", today);
        assertThat(rules()).doesNotContain("A6");
    }

    @Test
    void a6FiresAsSoonAsTheDeadlineJobMovesADeadlineToDueSoonWithoutWaitingForTheDailyPass() {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        LocalDate today = LocalDate.now(PODGORICA);
        record(x, "FORMAL_REQUEST_RECEIVED", today.minusDays(3));
        record(x, "INVESTIGATING_JUDGE_SEIZED", today.minusDays(2));
        record(x, "FILE_SENT_TO_PANEL", today.minusDays(1));
        record(x, "PANEL_FOUND_CONDITIONS_MET", today);
        // the appeal is due at the end of the day after tomorrow: not yet within 48 hours
        assertThat(rules()).doesNotContain("A6");
        watch.run(today.plusDays(1).atTime(12, 0).atZone(PODGORICA).toInstant());
        assertThat(only("A6").explanationArgs()).startsWith("deadline:ME-EXTRADITION-APPEAL");
    }

    @Test
    void a6DoesNotFireForADeadlineFurtherAway() {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        LocalDate today = LocalDate.now(PODGORICA);
        record(x, "FORMAL_REQUEST_RECEIVED", today.minusDays(3));
        record(x, "INVESTIGATING_JUDGE_SEIZED", today.minusDays(2));
        record(x, "FILE_SENT_TO_PANEL", today.minusDays(1));
        assertThat(rules()).doesNotContain("A6");
    }

    // --- A7

    @Test
    void a7FiresOnAFinalDomesticDecisionUntilAnEcthrApplicationIsLodged() {
        ProceedingSummary asylum = asylumLodged();
        record(asylum, "APPLICATION_REJECTED", D);
        record(asylum, "APPEAL_DEADLINE_PASSED", D.plusDays(10));
        evaluateAt(D.plusDays(11));
        Alert a7 = only("A7");
        assertThat(a7.explanationArgs())
                .containsExactly("event:APPEAL_DEADLINE_PASSED", "type:ASYLUM", "date:2025-04-24", "date:2025-08-24");
        ProceedingSummary ecthr = open(ProceedingType.ECTHR_APPLICATION, null, ClientRole.APPLICANT);
        record(ecthr, "APPLICATION_LODGED", D.plusDays(60));
        assertThat(rules()).doesNotContain("A7");
    }

    @Test
    void a7DoesNotFireWithoutAFinalDecision() {
        ProceedingSummary asylum = asylumLodged();
        record(asylum, "APPLICATION_REJECTED", D);
        assertThat(rules()).doesNotContain("A7");
    }

    // --- A9

    @Test
    void a9FiresForExpressionChargesAgainstADefender() {
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 274", ChargeCategory.FALSE_INFORMATION, 84, false, null);
        assertThat(rules()).doesNotContain("A9");
        alerts.setFact(lawyer, caseId, SafeguardFact.HRD_ACTIVITY, true);
        Alert a9 = only("A9");
        assertThat(a9.severity()).isEqualTo(Severity.HIGH);
        assertThat(a9.explanationArgs()).containsExactly("categories:FALSE_INFORMATION");
        alerts.setFact(lawyer, caseId, SafeguardFact.HRD_ACTIVITY, false);
        assertThat(rules()).doesNotContain("A9");
    }

    @Test
    void a9DoesNotFireForChargesOfViolence() {
        alerts.setFact(lawyer, caseId, SafeguardFact.HRD_ACTIVITY, true);
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 106", ChargeCategory.VIOLENCE, 96, false, null);
        assertThat(rules()).doesNotContain("A9");
    }

    // --- A10

    @Test
    void a10FiresWhenEveryChargeCarriesLessThanOneYear() {
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 131", ChargeCategory.INSULT_OR_DEFAMATION, 6, false, null);
        assertThat(only("A10").explanationKey()).isEqualTo("alerts.explain.A10.below1");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 190", ChargeCategory.FRAUD, 120, false, null);
        assertThat(rules()).doesNotContain("A10");
    }

    @Test
    void a10DoesNotFireWhenAPenaltyIsUnknown() {
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 131", ChargeCategory.INSULT_OR_DEFAMATION, 6, false, null);
        proceedings.addCharge(lawyer, warrant.id(), "Art. 274", ChargeCategory.FALSE_INFORMATION, null, false, null);
        assertThat(rules()).doesNotContain("A10");
    }

    // --- A11

    @Test
    void a11FiresWhenAChargeInTheRequestingStateCarriesLifeOrDeath() {
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 255", ChargeCategory.VIOLENCE, null, true, null);
        assertThat(rules()).as("no extradition yet").doesNotContain("A11");
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        record(extradition, "FORMAL_REQUEST_RECEIVED", D);
        Alert a11 = only("A11");
        assertThat(a11.severity()).isEqualTo(Severity.HIGH);
        assertThat(a11.explanationArgs()).containsExactly("KZ");
        assertThat(a11.subject()).isEqualTo(extradition.id().toString());
    }

    @Test
    void a11DoesNotFireForAnotherStatesChargesOrFixedTerms() {
        ProceedingSummary elsewhere = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "RU");
        proceedings.addCharge(lawyer, elsewhere.id(), "Art. 205", ChargeCategory.VIOLENCE, null, true, null);
        ProceedingSummary warrant = open(ProceedingType.ARREST_WARRANT, null, ClientRole.ACCUSED, "KZ");
        proceedings.addCharge(lawyer, warrant.id(), "Art. 190", ChargeCategory.FRAUD, 120, false, null);
        record(open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON), "FORMAL_REQUEST_RECEIVED", D);
        assertThat(rules()).doesNotContain("A11");
    }

    // --- A18

    @Test
    void a18FiresWhenTheSourceDeletesBeforeTheCcfDecidesUntilTheDataIsPutBack() {
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        record(interpol, "RED_NOTICE_CONFIRMED", D);
        record(interpol, "CCF_REQUEST_SENT", D.plusDays(5));
        assertThat(rules()).doesNotContain("A18");
        record(interpol, "SOURCE_DELETED", D.plusDays(40));
        Alert a18 = only("A18");
        assertThat(a18.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(a18.explanationArgs()).containsExactly("date:" + D.plusDays(40));
        record(interpol, "DATA_REINSERTED", D.plusDays(60));
        assertThat(rules()).doesNotContain("A18");
    }

    // --- A12

    @Test
    void a12FiresForCompetingExtraditionRequests() {
        ProceedingSummary kz = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        record(kz, "FORMAL_REQUEST_RECEIVED", D);
        assertThat(rules()).doesNotContain("A12");
        ProceedingSummary ru = open(ProceedingType.EXTRADITION, "RU", ClientRole.REQUESTED_PERSON);
        record(ru, "FORMAL_REQUEST_RECEIVED", D.plusDays(3));
        assertThat(only("A12").explanationArgs()).containsExactly("2", "KZ, RU");
    }

    // --- A13

    @Test
    void a13FiresWhenTravelIsPlannedWithANoticeSuspected() {
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        record(interpol, "NOTICE_SUSPECTED", D);
        assertThat(rules()).doesNotContain("A13");
        alerts.setFact(lawyer, caseId, SafeguardFact.TRAVEL_PLANNED, true);
        assertThat(only("A13").subject()).isEqualTo("travel/notice");
    }

    @Test
    void a13DoesNotFireWhenInterpolHoldsNothingAndNoAsylumIsPending() {
        alerts.setFact(lawyer, caseId, SafeguardFact.TRAVEL_PLANNED, true);
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        record(interpol, "NO_DATA_CONFIRMED", D);
        assertThat(rules()).doesNotContain("A13");
    }

    // --- A14

    @Test
    void a14FiresWhenDetentionGoesOnWithoutReviewAndNotAfterAReview() {
        ProceedingSummary x = extraditionTo("JUDICIAL_EXAMINATION", "KZ");
        record(x, "DETENTION_ORDERED", D);
        evaluateAt(D.plusDays(29));
        assertThat(rules()).doesNotContain("A14");
        evaluateAt(D.plusDays(31));
        assertThat(only("A14").explanationArgs()).contains("31", "30");
        record(x, "DETENTION_REVIEWED", D.plusDays(25));
        evaluateAt(D.plusDays(31));
        assertThat(rules()).doesNotContain("A14");
    }

    // --- A16

    @Test
    void a16FiresFourMonthsAfterAdmissibilityOfAnAccessRequest() {
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        record(interpol, "CCF_REQUEST_SENT", D);
        record(interpol, "CCF_FOUND_ADMISSIBLE", D.plusDays(30));
        evaluateAt(D.plusDays(30).plusMonths(4));
        assertThat(rules()).doesNotContain("A16");
        evaluateAt(D.plusDays(31).plusMonths(4));
        assertThat(only("A16").explanationKey()).isEqualTo("alerts.explain.A16.access");
    }

    @Test
    void a16WaitsNineMonthsForADeletionRequest() {
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        recordWith(interpol, "CCF_REQUEST_SENT", D, Map.of("requestKind", "DELETION"));
        record(interpol, "CCF_FOUND_ADMISSIBLE", D.plusDays(30));
        evaluateAt(D.plusDays(31).plusMonths(4));
        assertThat(rules()).doesNotContain("A16");
        evaluateAt(D.plusDays(31).plusMonths(9));
        assertThat(only("A16").explanationKey()).isEqualTo("alerts.explain.A16.deletion");
    }

    // --- A17

    @Test
    void a17FiresWhenAsylumIsGrantedAfterTheCcfDecided() {
        ProceedingSummary asylum = asylumLodged();
        ProceedingSummary interpol = ccfDecided();
        record(asylum, "REFUGEE_STATUS_GRANTED", D.plusDays(100));
        evaluateAt(D.plusDays(101));
        Alert a17 = only("A17");
        assertThat(a17.explanationArgs())
                .containsExactly(
                        "event:REFUGEE_STATUS_GRANTED", "date:2025-07-23", "date:2025-05-14", "date:2026-01-23");
        assertThat(a17.links()).extracting(l -> l.proceeding()).containsExactly(interpol.id(), asylum.id());
    }

    @Test
    void a17DoesNotFireForAGrantBeforeTheCcfDecided() {
        ProceedingSummary asylum = asylumLodged();
        record(asylum, "REFUGEE_STATUS_GRANTED", D.minusDays(10));
        ccfDecided();
        assertThat(rules()).doesNotContain("A17");
    }

    // --- A19

    @Test
    void a19FiresForASurrenderStepUnderAnInterimMeasureAndNotForOneBeforeIt() {
        ProceedingSummary measure = open(ProceedingType.INTERIM_MEASURE, null, ClientRole.APPLICANT);
        record(measure, "REQUEST_SUBMITTED", D.plusDays(35));
        record(measure, "MEASURE_GRANTED", D.plusDays(45));
        ProceedingSummary x = extraditionTo("SURRENDER_AUTHORISED", "KZ");
        assertThat(rules()).doesNotContain("A19");
        // the safeguard refuses the step unless overridden with a reason; overridden, the alert fires
        proceedings.record(
                lawyer,
                x.id(),
                new NewEvent(
                        "SURRENDER_DATE_SET",
                        OccurredAt.ofDate(D.plusDays(50), PODGORICA),
                        "the ministry set the date in spite of the Court's indication",
                        Map.of("override", "true"),
                        null));
        assertThat(only("A19").explanationArgs())
                .containsExactly("event:SURRENDER_DATE_SET", "date:2025-06-03", "date:2025-05-29");
    }

    // --- A8

    @Test
    void a8NamesARequestingStateOutsideTheEceAndNotOneInside() {
        ProceedingSummary rs = open(ProceedingType.EXTRADITION, "RS", ClientRole.REQUESTED_PERSON);
        record(rs, "FORMAL_REQUEST_RECEIVED", D);
        assertThat(rules()).doesNotContain("A8");
        ProceedingSummary kz = open(ProceedingType.EXTRADITION, "KZ", ClientRole.REQUESTED_PERSON);
        record(kz, "FORMAL_REQUEST_RECEIVED", D);
        assertThat(only("A8").severity()).isEqualTo(Severity.INFO);
    }

    // --- helpers

    ProceedingSummary asylumLodged() {
        ProceedingSummary asylum = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ASYLUM,
                        "ME",
                        "Asylum",
                        null,
                        null,
                        ClientRole.APPLICANT,
                        null,
                        LocalDate.of(2023, 10, 1),
                        null,
                        null));
        record(asylum, "APPLICATION_LODGED", LocalDate.of(2023, 10, 1));
        return asylum;
    }

    /** An extradition requested by {@code requesting}, taken through the legal steps up to {@code state}. */
    ProceedingSummary extraditionTo(String state, String requesting) {
        ProceedingSummary x = open(ProceedingType.EXTRADITION, requesting, ClientRole.REQUESTED_PERSON);
        List<String> steps = List.of(
                "FORMAL_REQUEST_RECEIVED:REQUEST_RECEIVED",
                "INVESTIGATING_JUDGE_SEIZED:JUDICIAL_EXAMINATION",
                "FILE_SENT_TO_PANEL:PANEL_PENDING",
                "PANEL_FOUND_CONDITIONS_MET:CONDITIONS_MET_1ST",
                "APPEAL_DEADLINE_PASSED:CONDITIONS_MET_FINAL",
                "FILE_TO_MINISTER:MINISTER_PENDING",
                "MINISTER_ALLOWED:SURRENDER_AUTHORISED",
                "SURRENDER_DATE_SET:SURRENDER_SCHEDULED");
        int day = 0;
        for (String step : steps) {
            String[] s = step.split(":");
            record(x, s[0], D.plusDays(day));
            day += 3;
            if (s[1].equals(state)) return x;
        }
        throw new IllegalArgumentException(state);
    }

    ProceedingSummary ccfDecided() {
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, null, ClientRole.REQUESTED_PERSON);
        record(interpol, "CCF_REQUEST_SENT", D.minusDays(60));
        record(interpol, "CCF_FOUND_ADMISSIBLE", D.minusDays(30));
        record(interpol, "CCF_DECISION_RECEIVED", D.plusDays(30));
        return interpol;
    }

    // --- A20

    @Test
    void a20InformsForSixtyDaysAfterACommunicationToASpecialProcedure() {
        ProceedingSummary un = open(ProceedingType.UN_COMMUNICATION, null, ClientRole.APPLICANT, "UN");
        recordWith(un, "COMMUNICATION_SENT", D, Map.of("unBody", "SPECIAL_PROCEDURE"));
        evaluateAt(D.plusDays(10));
        Alert a20 = only("A20");
        assertThat(a20.severity()).isEqualTo(Severity.INFO);
        assertThat(a20.explanationArgs()).containsExactly("date:" + D, "date:" + D.plusDays(60));
        evaluateAt(D.plusDays(61));
        assertThat(rules()).doesNotContain("A20");
    }

    @Test
    void a20DoesNotFireForATreatyBodyAndUnBodyIsCheckedWhereItIsGiven() {
        ProceedingSummary un = open(ProceedingType.UN_COMMUNICATION, null, ClientRole.APPLICANT, "UN");
        recordWith(un, "COMMUNICATION_SENT", D, Map.of("unBody", "TREATY_BODY"));
        evaluateAt(D.plusDays(10));
        assertThat(rules()).doesNotContain("A20");
        assertThatThrownBy(() ->
                        recordWith(un, "COMMUNICATION_REGISTERED", D.plusDays(2), Map.of("unBody", "TREATY_BODY")))
                .isInstanceOf(org.tirek.platform.InvalidRequestException.class)
                .hasMessageContaining("unBody");
    }

    ProceedingSummary open(ProceedingType type, @org.jspecify.annotations.Nullable String requesting, ClientRole role) {
        return open(type, requesting, role, type == ProceedingType.INTERPOL ? "INTERPOL" : "ME");
    }

    ProceedingSummary open(
            ProceedingType type,
            @org.jspecify.annotations.Nullable String requesting,
            ClientRole role,
            String jurisdiction) {
        String j = type == ProceedingType.INTERIM_MEASURE || type == ProceedingType.ECTHR_APPLICATION
                ? "ECHR"
                : jurisdiction;
        return proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(type, j, type.name(), null, null, role, requesting, D.minusYears(1), null, null));
    }

    void record(ProceedingSummary p, String type, LocalDate date) {
        recordWith(p, type, date, Map.of());
    }

    void recordWith(ProceedingSummary p, String type, LocalDate date, Map<String, String> attributes) {
        proceedings.record(
                lawyer, p.id(), new NewEvent(type, OccurredAt.ofDate(date, PODGORICA), null, attributes, null));
    }

    void evaluateAt(LocalDate date) {
        Instant at = date.atTime(12, 0).atZone(PODGORICA).toInstant();
        transactions.executeWithoutResult(tx -> evaluator.evaluate(caseId, at));
    }

    List<String> rules() {
        return alerts.activeOfCase(lawyer, caseId).stream().map(Alert::rule).toList();
    }

    Alert only(String rule) {
        List<Alert> found = alerts.activeOfCase(lawyer, caseId).stream()
                .filter(a -> a.rule().equals(rule))
                .toList();
        assertThat(found).as("active alerts of rule %s", rule).hasSize(1);
        return found.get(0);
    }
}
