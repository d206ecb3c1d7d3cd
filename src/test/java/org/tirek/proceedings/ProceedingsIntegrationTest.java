package org.tirek.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.machine.IllegalEventException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** Proceedings end to end: events drive the state, illegal ones are refused by name, surrender is blocked. */
@TirekTest
class ProceedingsIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Proceedings proceedings;

    @Autowired
    org.tirek.cases.Cases casesService;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TirekUser lawyer;
    CaseId caseId;

    @BeforeEach
    void aLawyersCase() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lawyer));
    }

    @Test
    void eventsDriveTheStateOfBothRegionsAndMeasuresFollow() {
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME", "Extradition request by Kazakhstan");
        record(extradition, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14", Map.of());
        record(extradition, "RELEASED_WITH_MEASURES", "2025-04-15", Map.of());
        ProceedingEvent passport =
                record(extradition, "MEASURE_IMPOSED", "2025-04-15", Map.of("measureType", "PASSPORT_SEIZED"));

        ProceedingDetails details = proceedings.details(lawyer, extradition.id());
        assertThat(details.summary().state())
                .containsExactly(
                        Map.entry("merits", "PROVISIONAL_ARREST"), Map.entry("custody", "RELEASED_WITH_MEASURES"));
        assertThat(details.measures()).singleElement().satisfies(m -> {
            assertThat(m.type()).isEqualTo("PASSPORT_SEIZED");
            assertThat(m.inForce()).isTrue();
        });
        assertThat(details.allowedEvents()).contains("FORMAL_REQUEST_RECEIVED").doesNotContain("HANDED_OVER");

        record(
                extradition,
                "MEASURE_LIFTED",
                "2025-06-01",
                Map.of("measure", passport.id().toString()));
        assertThat(proceedings
                        .details(lawyer, extradition.id())
                        .measures()
                        .get(0)
                        .inForce())
                .isFalse();
        assertThatThrownBy(() -> record(
                        extradition,
                        "MEASURE_LIFTED",
                        "2025-06-02",
                        Map.of("measure", passport.id().toString())))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anIllegalEventIsRefusedNamingTheStateAndNothingIsSaved() {
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME", "Asylum in Montenegro");
        record(asylum, "APPLICATION_LODGED", "2023-10-20", Map.of());
        assertThatThrownBy(() -> record(asylum, "GRANT_FINAL", "2024-01-01", Map.of()))
                .isInstanceOf(IllegalEventException.class)
                .hasMessage(
                        "The event GRANT_FINAL cannot be recorded while the ASYLUM proceeding is APPLICATION_LODGED");
        assertThat(events(asylum)).isEqualTo(1);
        assertThat(proceedings.summary(lawyer, asylum.id()).mainState()).isEqualTo("APPLICATION_LODGED");
    }

    @Test
    void aLateEntryIsCheckedAgainstWhatFollowedItAndACorrectionVoidsAnEvent() {
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME", "Asylum");
        record(asylum, "INTENTION_REGISTERED", "2023-10-05", Map.of());
        record(asylum, "APPLICATION_LODGED", "2023-10-18", Map.of());
        // an interview "before" the application would leave the later APPLICATION_LODGED impossible
        assertThatThrownBy(() -> record(asylum, "INTERVIEW_HELD", "2023-10-10", Map.of()))
                .isInstanceOf(IllegalEventException.class);
        ProceedingEvent interview = record(asylum, "INTERVIEW_HELD", "2023-11-20", Map.of());
        assertThat(proceedings.summary(lawyer, asylum.id()).mainState()).isEqualTo("FIRST_INSTANCE_PENDING");

        assertThatThrownBy(() -> proceedings.record(
                        lawyer,
                        asylum.id(),
                        new NewEvent(
                                "CORRECTION",
                                OccurredAt.ofDate(LocalDate.of(2023, 12, 1), PODGORICA),
                                " ",
                                Map.of(),
                                interview.id())))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Say why");
        proceedings.record(
                lawyer,
                asylum.id(),
                new NewEvent(
                        "CORRECTION",
                        OccurredAt.ofDate(LocalDate.of(2023, 12, 1), PODGORICA),
                        "wrong proceeding",
                        Map.of(),
                        interview.id()));
        ProceedingDetails details = proceedings.details(lawyer, asylum.id());
        assertThat(details.summary().mainState()).isEqualTo("APPLICATION_LODGED");
        assertThat(details.events())
                .filteredOn(ProceedingEvent::voided)
                .extracting(ProceedingEvent::id)
                .containsExactly(interview.id());
        java.util.Locale before = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            assertThat(casesService.timeline(lawyer, caseId))
                    .filteredOn(e -> e.kind().equals("proceeding"))
                    .extracting(org.tirek.cases.TimelineEntry::text)
                    .as("events in words, and without the voided interview or the correction")
                    .containsExactlyInAnyOrder("Asylum: Intention registered", "Asylum: Application lodged");
        } finally {
            org.springframework.context.i18n.LocaleContextHolder.setLocale(before);
        }
    }

    @Test
    void surrenderIsBlockedWhileAsylumIsPendingUnlessOverriddenWithAReason() {
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME", "Extradition");
        for (String event : List.of(
                "FORMAL_REQUEST_RECEIVED",
                "INVESTIGATING_JUDGE_SEIZED",
                "FILE_SENT_TO_PANEL",
                "PANEL_FOUND_CONDITIONS_MET",
                "APPEAL_DEADLINE_PASSED",
                "FILE_TO_MINISTER",
                "MINISTER_ALLOWED",
                "SURRENDER_DATE_SET")) {
            record(extradition, event, "2025-05-01", Map.of());
        }
        // the claim comes to light once the date is set
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME", "Asylum");
        record(asylum, "APPLICATION_LODGED", "2023-10-18", Map.of());
        assertThat(proceedings.details(lawyer, extradition.id()).blocks())
                .containsExactly("BLOCKED_BY_PENDING_PROTECTION_CLAIM");
        assertThatThrownBy(() -> record(extradition, "HANDED_OVER", "2025-06-01", Map.of()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Surrender is blocked (BLOCKED_BY_PENDING_PROTECTION_CLAIM)");
        proceedings.record(
                lawyer,
                extradition.id(),
                new NewEvent(
                        "HANDED_OVER",
                        OccurredAt.ofDate(LocalDate.of(2025, 6, 1), PODGORICA),
                        "handed over at the airport despite the pending claim",
                        Map.of("override", "true"),
                        null));
        assertThat(proceedings.summary(lawyer, extradition.id()).state())
                .containsEntry("merits", "SURRENDERED")
                .containsEntry("custody", "TRANSFERRED");
    }

    @Test
    void chargesAndReferencesAreSealedAndLinksStayInsideTheCase() {
        ProceedingSummary warrant = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ARREST_WARRANT,
                        "KZ",
                        "Prosecution in Kazakhstan",
                        null,
                        "CASE-NO-7741-SECRET",
                        ClientRole.ACCUSED,
                        null,
                        LocalDate.of(2023, 12, 27),
                        lawyer.getUsername(),
                        null));
        Charge charge = proceedings.addCharge(
                lawyer,
                warrant.id(),
                "Art. 190(4)",
                ChargeCategory.FRAUD,
                120,
                false,
                "fraud against the organisation's donors");
        assertThat(proceedings.details(lawyer, warrant.id()).charges()).containsExactly(charge);
        assertThat(proceedings.details(lawyer, warrant.id()).reference()).isEqualTo("CASE-NO-7741-SECRET");
        Long clear = jdbc.sql("""
                        select (select count(*) from proceeding where encode(reference_sealed, 'escape') like '%7741%')
                             + (select count(*) from proceeding_charge where encode(description_sealed, 'escape') like '%donors%')
                        """).query(Long.class).single();
        assertThat(clear).isZero();

        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME", "Extradition");
        proceedings.link(lawyer, warrant.id(), extradition.id(), LinkKind.EVIDENCE_FOR);
        assertThat(proceedings.details(lawyer, extradition.id()).links())
                .singleElement()
                .satisfies(l -> assertThat(l.outgoing()).isFalse());
        TirekUser other = accounts.user(Role.LAWYER);
        CaseId otherCase = CaseId.of(cases.open(other));
        ProceedingSummary elsewhere = proceedings.open(
                other,
                otherCase,
                new NewProceeding(
                        ProceedingType.GENERIC,
                        "ME",
                        "x",
                        null,
                        null,
                        ClientRole.OTHER,
                        null,
                        LocalDate.of(2025, 1, 1),
                        null,
                        null));
        assertThatThrownBy(() -> proceedings.link(lawyer, warrant.id(), elsewhere.id(), LinkKind.SAME_FACTS))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiNamesWhatIsWrongAndOnlyTheTeamMayWrite() throws Exception {
        mvc.perform(
                        post("/api/v1/cases/{c}/proceedings", caseId.value())
                                .with(user(lawyer))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"type\":\"DIVORCE\",\"jurisdiction\":\"ME\",\"title\":\"x\",\"openedOn\":\"2025-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("EXTRADITION")));
        mvc.perform(
                        post("/api/v1/cases/{c}/proceedings", caseId.value())
                                .with(user(lawyer))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"type\":\"ASYLUM\",\"jurisdiction\":\"Montenegro\",\"title\":\"x\",\"openedOn\":\"2025-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("jurisdiction"));
        String created = mvc.perform(post("/api/v1/cases/{c}/proceedings", caseId.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"type\":\"ASYLUM\",\"jurisdiction\":\"ME\",\"title\":\"Asylum\",\"openedOn\":\"2023-10-18\","
                                        + "\"clientRole\":\"APPLICANT\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state.main").value("NONE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = tools.jackson.databind.json.JsonMapper.shared()
                .readTree(created)
                .path("id")
                .asString();
        mvc.perform(post("/api/v1/proceedings/{id}/events", id)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"STATUS_RENEWED\",\"occurredAt\":\"2024-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("The event STATUS_RENEWED cannot be recorded while the ASYLUM proceeding is NONE"));
        mvc.perform(post("/api/v1/proceedings/{id}/events", id)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"18 October 2023\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        mvc.perform(
                        post("/api/v1/proceedings/{id}/events", id)
                                .with(user(lawyer))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"2023-10-18T11:00\",\"note\":\"receipt no. 12\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.occurredAt.zone").value("Europe/Podgorica"));
        mvc.perform(post("/api/v1/proceedings/{id}/events", id)
                        .with(user(accounts.user(Role.LAWYER)))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"INTERVIEW_INVITED\",\"occurredAt\":\"2023-11-01\"}"))
                .andExpect(status().isForbidden());
        assertThat(events(proceedings.ofCase(lawyer, caseId).get(0))).isEqualTo(1);
    }

    private ProceedingSummary open(ProceedingType type, String jurisdiction, String title) {
        return proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        type,
                        jurisdiction,
                        title,
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.of(2023, 10, 1),
                        null,
                        null));
    }

    private ProceedingEvent record(ProceedingSummary p, String type, String date, Map<String, String> attributes) {
        return proceedings.record(
                lawyer,
                p.id(),
                new NewEvent(type, OccurredAt.ofDate(LocalDate.parse(date), PODGORICA), null, attributes, null));
    }

    private long events(ProceedingSummary p) {
        return jdbc.sql("select count(*) from proceeding_event where proceeding_id = :p")
                .param("p", p.id().value())
                .query(Long.class)
                .single();
    }
}
