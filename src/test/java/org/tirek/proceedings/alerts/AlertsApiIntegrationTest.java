package org.tirek.proceedings.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
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

/** Alerts through the API and the pages: acknowledgement, idempotence, the daily pass, need-to-know, bad input. */
@TirekTest
class AlertsApiIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Proceedings proceedings;

    @Autowired
    SafeguardAlerts alerts;

    @Autowired
    AlertEvaluator evaluator;

    @Autowired
    DailyAlertPass daily;

    @Autowired
    DigestMail mail;

    @Autowired
    TransactionTemplate transactions;

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
    ProceedingSummary extradition;

    @BeforeEach
    void aCaseWithAnAlert() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lawyer));
        extradition = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition",
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.of(2025, 4, 14),
                        null,
                        null));
        proceedings.record(
                lawyer,
                extradition.id(),
                new NewEvent(
                        "FORMAL_REQUEST_RECEIVED",
                        OccurredAt.ofDate(LocalDate.of(2025, 4, 14), PODGORICA),
                        null,
                        Map.of(),
                        null));
    }

    @Test
    void theApiListsTheCasesAlertsWithRuleSeverityExplanationStatusAndLinks() throws Exception {
        mvc.perform(get("/api/v1/cases/{id}/alerts", caseId.value()).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].rule").value("A8"))
                .andExpect(jsonPath("$[0].severity").value("INFO"))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].explanation").value(org.hamcrest.Matchers.containsString("KZ")))
                .andExpect(jsonPath("$[0].links[0].proceeding")
                        .value(extradition.id().toString()))
                .andExpect(jsonPath("$[0].links[0].type").value("EXTRADITION"));
    }

    @Test
    void acknowledgingRecordsWhoWhenAndTheSealedNoteAndIsRefusedTwice() throws Exception {
        Alert a8 = alerts.activeOfCase(lawyer, caseId).get(0);
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", a8.id())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"we rely on domestic law\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedBy").value(lawyer.getUsername()))
                .andExpect(jsonPath("$.acknowledgementNote").value("we rely on domestic law"));
        byte[] stored = jdbc.sql("select ack_note_sealed from safeguard_alert where id = :id")
                .param("id", a8.id())
                .query(byte[].class)
                .single();
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("domestic law");
        assertThat(alerts.readOfCase(lawyer, caseId).get(0).acknowledgementNote())
                .isEqualTo("we rely on domestic law");
        assertThat(alerts.activeOfCase(lawyer, caseId).get(0).acknowledgementNote())
                .isNull();
        assertThatThrownBy(() -> alerts.acknowledge(lawyer, a8.id(), null)).isInstanceOf(ConflictException.class);

        // a re-evaluation keeps the acknowledgement while the condition holds
        transactions.executeWithoutResult(tx -> evaluator.evaluate(caseId, java.time.Instant.now()));
        assertThat(alerts.activeOfCase(lawyer, caseId).get(0).status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }

    @Test
    void evaluatingAgainChangesNothingAndTheDatabaseHoldsOneActiveAlertPerRuleAndSubject() {
        List<Alert> before = alerts.activeOfCase(lawyer, caseId);
        transactions.executeWithoutResult(tx -> evaluator.evaluate(caseId, java.time.Instant.now()));
        transactions.executeWithoutResult(tx -> evaluator.evaluate(caseId, java.time.Instant.now()));
        assertThat(alerts.activeOfCase(lawyer, caseId)).isEqualTo(before);
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into safeguard_alert (id, case_id, rule, subject, severity, explanation_key,
                                                             status, opened_at, changed_at)
                                select gen_random_uuid(), case_id, rule, subject, severity, explanation_key, 'OPEN',
                                       opened_at, changed_at from safeguard_alert where case_id = :c
                                """).param("c", caseId.value()).update())
                .hasMessageContaining("safeguard_alert_active_idx");
    }

    @Test
    void theDailyPassOpensTimeBasedAlerts() {
        ProceedingSummary x = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Second",
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "RS",
                        LocalDate.of(2025, 4, 14),
                        null,
                        null));
        LocalDate arrested = LocalDate.of(2025, 6, 1);
        proceedings.record(
                lawyer,
                x.id(),
                new NewEvent(
                        "ARRESTED_ON_PROVISIONAL_REQUEST",
                        OccurredAt.ofDate(arrested, PODGORICA),
                        null,
                        Map.of(),
                        null));
        transactions.executeWithoutResult(tx ->
                evaluator.evaluate(caseId, arrested.atStartOfDay(PODGORICA).toInstant()));
        assertThat(alerts.activeOfCase(lawyer, caseId)).extracting(Alert::rule).doesNotContain("A5");
        daily.runAt(arrested.plusDays(15).atTime(6, 0).atZone(PODGORICA).toInstant());
        assertThat(alerts.activeOfCase(lawyer, caseId)).extracting(Alert::rule).contains("A5", "A12");
    }

    @Test
    void onlyTheTeamSeesAndAcknowledgesAlerts() throws Exception {
        TirekUser outsider = accounts.user(Role.LAWYER);
        TirekUser analyst = accounts.user(Role.ANALYST);
        UUID alertId = alerts.activeOfCase(lawyer, caseId).get(0).id();
        mvc.perform(get("/api/v1/cases/{id}/alerts", caseId.value()).with(user(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases/{id}/alerts", caseId.value()).with(user(analyst)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", alertId)
                        .with(user(outsider))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> alerts.activeOfCase(outsider, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThat(alerts.digest(outsider)).noneMatch(e -> e.alert().caseId().equals(caseId));
        assertThat(alerts.digest(analyst)).isEmpty();
        assertThat(alerts.digest(lawyer)).anySatisfy(e -> {
            assertThat(e.alert().id()).isEqualTo(alertId);
            assertThat(e.isNew()).isTrue();
            assertThat(e.caseReference()).startsWith("TRK-");
        });
        mvc.perform(get("/alerts").with(user(outsider)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(alertId.toString()))));
        mvc.perform(get("/alerts").with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(alertId.toString())));
    }

    @Test
    void unknownIdsAnswer404AndABadBody400() throws Exception {
        mvc.perform(get("/api/v1/cases/{id}/alerts", UUID.randomUUID()).with(user(lawyer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", UUID.randomUUID())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        UUID alertId = alerts.activeOfCase(lawyer, caseId).get(0).id();
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", alertId)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", alertId)
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"" + "x".repeat(2001) + "\"}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", "not-a-uuid")
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/cases/{id}/safeguard-facts", caseId.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"travelPlanned\":\"maybe\"}"))
                .andExpect(status().isBadRequest());
        assertThat(alerts.activeOfCase(lawyer, caseId).get(0).status()).isEqualTo(AlertStatus.OPEN);
    }

    @Test
    void thePagesShowThePanelAndAcknowledgeFromIt() throws Exception {
        UUID alertId = alerts.activeOfCase(lawyer, caseId).get(0).id();
        mvc.perform(get("/cases/{c}/proceedings", caseId.value()).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-rule=\"A8\"")));
        mvc.perform(get("/proceedings/{id}", extradition.id().value()).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-rule=\"A8\"")));
        mvc.perform(post("/alerts/{id}/acknowledge", alertId)
                        .param("back", "https://elsewhere.example/")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/alerts?acknowledged"));
        mvc.perform(post("/cases/{c}/safeguard-facts", caseId.value())
                        .param("travelPlanned", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(redirectedUrl("/cases/" + caseId + "/proceedings?facts"));
        assertThat(alerts.facts(lawyer, caseId)).containsExactly(SafeguardFact.TRAVEL_PLANNED);
    }

    @Test
    void theMailDigestCarriesReferenceRuleAndSeverityOnly() {
        List<String> lines = mail.lines(lawyer);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("NEW  TRK-\\d{4}-\\d+  A8  INFO"));
        assertThat(mail.sendAll()).isZero(); // no spring.mail.host in tests: nothing is sent
    }
}
