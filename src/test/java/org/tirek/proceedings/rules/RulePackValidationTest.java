package org.tirek.proceedings.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A pack that fails its checks is refused with one line naming the file, the rule and the problem. */
class RulePackValidationTest {

    static final String HEAD = """
            id: XX
            version: "1"
            jurisdiction: RS
            zone: Europe/Belgrade
            """;

    static final String RULE = """
            rules:
              - id: RS-APPEAL
                label: Appeal
                proceedings: [EXTRADITION]
                starts: [PANEL_FOUND_CONDITIONS_MET]
                period: {amount: 3, unit: CALENDAR_DAYS}
                basis: "CPC Art. 1"
                confidence: SECONDARY
            """;

    @Test
    void aValidPackIsRead() {
        RulePacks packs = read(HEAD + RULE);
        Rule rule = packs.pack("XX").orElseThrow().rules().get(0);
        assertThat(rule.period()).isEqualTo(new Period(3, PeriodUnit.CALENDAR_DAYS, false));
        assertThat(rule.counting()).isEqualTo(Counting.STANDARD);
        assertThat(rule.warnBefore()).hasHours(48);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown event            | label: Appeal                   | label: Appeal              | APPEL_LODGED       | Rule pack RS.yaml, rule RS-APPEAL: unknown event APPEL_LODGED in 'starts' for EXTRADITION
            unknown proceeding type  | proceedings: [EXTRADITION]      | proceedings: [EXTRADITON]  | -                  | Rule pack RS.yaml, rule RS-APPEAL: unknown proceeding type 'EXTRADITON' (use one of [ARREST_WARRANT, INTERPOL, EXTRADITION, ASYLUM, PROTECTIVE_ORDER, DOMESTIC_CRIMINAL, INTERIM_MEASURE, ECTHR_APPLICATION, UN_COMMUNICATION, GENERIC])
            bad unit                 | unit: CALENDAR_DAYS             | unit: FORTNIGHTS           | -                  | Rule pack RS.yaml, rule RS-APPEAL: unknown unit 'FORTNIGHTS' (use one of [HOURS, CALENDAR_DAYS, WORKING_DAYS, MONTHS, YEARS])
            bad amount               | amount: 3                       | amount: -3                 | -                  | Rule pack RS.yaml, rule RS-APPEAL: period amount '-3' must be a whole number from 1
            missing basis            | basis: "CPC Art. 1"             | note: no basis given       | -                  | Rule pack RS.yaml, rule RS-APPEAL: 'basis' is missing: every rule names its legal basis
            missing confidence       | confidence: SECONDARY           | note: none                 | -                  | Rule pack RS.yaml, rule RS-APPEAL: 'confidence' is missing: VERIFIED, SECONDARY or UNVERIFIED
            unknown confidence       | confidence: SECONDARY           | confidence: PROBABLY       | -                  | Rule pack RS.yaml, rule RS-APPEAL: unknown confidence 'PROBABLY' (use VERIFIED, SECONDARY or UNVERIFIED)
            misspelt key             | basis: "CPC Art. 1"             | basis: "CPC Art. 1"\\n    rolForward: true | - | Rule pack RS.yaml, rule RS-APPEAL: unknown key 'rolForward' (expected one of basis, confidence, counting, dueTime, endsWithProceeding, id, jurisdictions, label, metBy, note, period, proceedings, replaces, requestingState, since, startAttribute, starts, waivedBy, warnBefore)
            unverified counted late  | confidence: SECONDARY           | confidence: UNVERIFIED     | -                  | Rule pack RS.yaml, rule RS-APPEAL: an UNVERIFIED rule must count the earlier way (startDayCounts: true, rollForward: false, clockChange: EARLIER)
            unknown label key        | label: Appeal                   | label: deadlines.rule.NOPE | -                  | Rule pack RS.yaml, rule RS-APPEAL: label 'deadlines.rule.NOPE' is not a message key of the deadlines bundle
            bad warning period       | basis: "CPC Art. 1"             | basis: "CPC Art. 1"\\n    warnBefore: two days | - | Rule pack RS.yaml, rule RS-APPEAL: warnBefore 'two days' is not a duration like PT48H or P7D
            unknown state list       | basis: "CPC Art. 1"             | basis: "CPC Art. 1"\\n    requestingState: {in: ['@ece']} | - | Rule pack RS.yaml, rule RS-APPEAL: unknown state list '@ece' in 'requestingState.in'
            """)
    void aBrokenRuleIsRefusedNamingFileRuleAndProblem(
            String kind, String from, String to, String event, String message) {
        String rule = RULE.replace(from, to.replace("\\n", "\n"));
        if (!event.equals("-")) rule = rule.replace("starts: [PANEL_FOUND_CONDITIONS_MET]", "starts: [" + event + "]");
        String pack = HEAD + rule;
        assertThatThrownBy(() -> read(pack))
                .isInstanceOf(RulePackException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not YAML          | id: XX\\n  version: [1                                                    | Rule pack RS.yaml: not valid YAML at line 2, column 10: mapping values are not allowed here
            duplicate key     | id: XX\\nid: YY                                                          | Rule pack RS.yaml: not valid YAML at line 2, column 1: found duplicate key id
            not a mapping     | - a list                                                                 | Rule pack RS.yaml: the file must be a mapping with id, version, jurisdiction and rules
            missing version   | id: XX\\njurisdiction: RS\\nzone: UTC                                     | Rule pack RS.yaml: 'version' is missing
            unknown zone      | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: Europe/Belgrad           | Rule pack RS.yaml: unknown time zone 'Europe/Belgrad' (use a region like Europe/Podgorica)
            bad jurisdiction  | id: XX\\nversion: "1"\\njurisdiction: Serbia\\nzone: UTC                  | Rule pack RS.yaml: jurisdiction 'Serbia' must be a country code, ECHR, INTERPOL, EU, UN or DEFAULT
            bad weekend       | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nweekend: [SAT]     | Rule pack RS.yaml: unknown weekend day 'SAT' (use MONDAY … SUNDAY)
            bad holiday date  | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nholidays: {covers: 2025, source: x, dated: [{date: 2025-02-30, name: Nope}]} | Rule pack RS.yaml: holiday date '2025-02-30' is not a date like 2025-03-21
            bad fixed holiday | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nholidays: {covers: 2025, source: x, fixed: [{date: 13-01, name: Nope}]} | Rule pack RS.yaml: fixed holiday '13-01' is not a month-day like 01-07
            holiday uncovered | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nholidays: {covers: 2025, source: x, dated: [{date: 2026-01-01, name: New Year}]} | Rule pack RS.yaml: holiday 2026-01-01 is outside the years in 'holidays.covers'
            holidays no source | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nholidays: {covers: 2025, fixed: [{date: 01-01, name: New Year}]} | Rule pack RS.yaml: 'holidays.source' is missing: say where the days come from
            bad covers        | id: XX\\nversion: "1"\\njurisdiction: RS\\nzone: UTC\\nholidays: {covers: soon} | Rule pack RS.yaml: 'holidays.covers' must be a year or a range like 2023-2027, not 'soon'
            """)
    void aBrokenPackIsRefusedNamingFileAndProblem(String kind, String yaml, String message) {
        assertThatThrownBy(() -> read(yaml.replace("\\n", "\n")))
                .isInstanceOf(RulePackException.class)
                .hasMessage(message);
    }

    @Test
    void aDuplicateRuleIdIsRefused() {
        String twice = RULE + RULE.substring("rules:\n".length());
        assertThatThrownBy(() -> read(HEAD + twice))
                .isInstanceOf(RulePackException.class)
                .hasMessage("Rule pack RS.yaml, rule RS-APPEAL: duplicate rule id");
    }

    @Test
    void aRuleIdUsedInTwoPacksIsRefused() {
        String other = HEAD.replace("id: XX", "id: YY").replace("jurisdiction: RS", "jurisdiction: HR") + RULE;
        assertThatThrownBy(() -> RulePacks.of(
                        List.of(new RulePacks.Source("RS.yaml", HEAD + RULE), new RulePacks.Source("HR.yaml", other)),
                        List.of(),
                        PackFixture.MESSAGES))
                .isInstanceOf(RulePackException.class)
                .hasMessageMatching(
                        "Rule pack (RS|HR)\\.yaml, rule RS-APPEAL: the rule id is also used in pack (XX|YY)");
    }

    @Test
    void twoPacksForOneJurisdictionAreRefused() {
        String other = HEAD.replace("id: XX", "id: YY");
        assertThatThrownBy(() -> RulePacks.of(
                        List.of(new RulePacks.Source("RS.yaml", HEAD), new RulePacks.Source("RS2.yaml", other)),
                        List.of(),
                        PackFixture.MESSAGES))
                .isInstanceOf(RulePackException.class)
                .hasMessageMatching("Rule pack RS2?\\.yaml: pack (XX|YY) and pack (XX|YY) are both for RS");
    }

    @Test
    void anEventOfAnotherMachineIsRefused() {
        String rule = RULE.replace("starts: [PANEL_FOUND_CONDITIONS_MET]", "starts: [APPLICATION_LODGED]");
        assertThatThrownBy(() -> read(HEAD + rule))
                .hasMessage(
                        "Rule pack RS.yaml, rule RS-APPEAL: unknown event APPLICATION_LODGED in 'starts' for EXTRADITION");
        String met = RULE + "    metBy: [APPEAL_LODGED, LAWSUIT_FILED]\n";
        assertThatThrownBy(() -> read(HEAD + met))
                .hasMessage(
                        "Rule pack RS.yaml, rule RS-APPEAL: unknown event LAWSUIT_FILED in 'metBy' for EXTRADITION");
    }

    @Test
    void norwayStaysACountryCode() {
        String pack = HEAD + "stateLists:\n  nordic: [NO, SE]\n"
                + RULE.replace(
                        "confidence: SECONDARY", "confidence: SECONDARY\n    requestingState: {in: ['@nordic']}");
        Rule rule = read(pack).pack("XX").orElseThrow().rules().get(0);
        assertThat(rule.requestingStates()).containsExactlyInAnyOrder("NO", "SE");
        assertThat(rule.requestedBy("NO")).isTrue();
        assertThat(rule.requestedBy("KZ")).isFalse();
        assertThat(rule.requestedBy(null)).isFalse();
    }

    static RulePacks read(String yaml) {
        return RulePacks.of(List.of(new RulePacks.Source("RS.yaml", yaml)), List.of(), PackFixture.MESSAGES);
    }
}
