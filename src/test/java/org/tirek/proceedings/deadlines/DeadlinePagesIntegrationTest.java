package org.tirek.proceedings.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.Deadlines;
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

/** The deadlines on a proceeding's page, the board, the rule-packs page and the API, with their refusals. */
@TirekTest
class DeadlinePagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    TirekUser lawyer;
    ProceedingSummary extradition;
    Deadline appeal;

    @BeforeEach
    void anExtraditionDecidedAgainstTheClient() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        CaseId caseId = CaseId.of(cases.open(lawyer));
        extradition = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition requested by Kazakhstan",
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.of(2025, 4, 1),
                        lawyer.getUsername(),
                        null));
        for (String event : new String[] {
            "FORMAL_REQUEST_RECEIVED", "INVESTIGATING_JUDGE_SEIZED", "FILE_SENT_TO_PANEL", "PANEL_FOUND_CONDITIONS_MET"
        }) {
            proceedings.record(
                    lawyer,
                    extradition.id(),
                    new NewEvent(
                            event,
                            OccurredAt.ofDate(LocalDate.of(2025, 6, 10), ZoneId.of("Europe/Podgorica")),
                            null,
                            Map.of(),
                            null));
        }
        appeal = deadlines.ofProceeding(lawyer, extradition.id()).get(0);
    }

    @Test
    void theProceedingsPageShowsBasisAndConfidenceBesideTheDate() throws Exception {
        mvc.perform(get("/proceedings/{id}", extradition.id().value()).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Appeal against the decision on extradition (3 days)")))
                .andExpect(content().string(containsString("Due 2025-06-12, end of the day (Europe/Podgorica)")))
                .andExpect(content().string(containsString("unverified")))
                .andExpect(content().string(containsString("Do Kwon case) [S7]")));
        mvc.perform(get("/proceedings/{id}", extradition.id().value())
                        .param("lang", "ru")
                        .with(user(lawyer)))
                .andExpect(content().string(containsString("Жалоба на решение о выдаче (3 дня)")))
                .andExpect(content().string(containsString("не проверено")));
    }

    @Test
    void aRefusedOverrideComesBackWithTheReasonAndChangesNothing() throws Exception {
        mvc.perform(post("/deadlines/{id}/override", appeal.id())
                        .param("dueDate", "2025-06-13")
                        .param("reason", " ")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the reason.")))
                .andExpect(content().string(containsString("value=\"2025-06-13\"")));
        assertThat(deadlines.ofProceeding(lawyer, extradition.id()).get(0).override())
                .isNull();

        mvc.perform(post("/deadlines/{id}/override", appeal.id())
                        .param("dueDate", "2025-06-13")
                        .param("dueTime", "12:00")
                        .param("reason", "served on the 11th")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/proceedings/*?deadline=override*"));
        mvc.perform(get("/proceedings/{id}", extradition.id().value()).with(user(lawyer)))
                .andExpect(content().string(containsString("Due 2025-06-13 12:00 (Europe/Podgorica)")))
                .andExpect(content().string(containsString("computed: 2025-06-12 23:59")))
                .andExpect(content().string(containsString("served on the 11th")));

        mvc.perform(post("/deadlines/{id}/acknowledge", appeal.id())
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/proceedings/*?deadline=acknowledge*"));
        mvc.perform(post("/deadlines/{id}/waive", appeal.id())
                        .param("reason", "client decided not to appeal")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/proceedings/*?deadline=waive*"));
        mvc.perform(post("/deadlines/{id}/waive", appeal.id())
                        .param("reason", "again")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This deadline is closed")));
    }

    @Test
    void theBoardListsTheCoordinatorsDeadlinesAndNamesABadFilter() throws Exception {
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        mvc.perform(get("/deadlines")
                        .param("lawyer", lawyer.getUsername())
                        .param("status", "ALL")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Appeal against the decision on extradition")))
                .andExpect(content().string(containsString("TRK-")))
                .andExpect(content().string(not(containsString("served on"))));
        mvc.perform(get("/deadlines").param("withinDays", "soon").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Give the days ahead as a number from 0 to 3660.")));
        mvc.perform(get("/rule-packs").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ME-EXTRADITION-APPEAL")))
                .andExpect(content().string(containsString("Europe/Podgorica")))
                .andExpect(content().string(containsString("European Convention on Extradition Art. 16(4)")));
    }

    @Test
    void theApiGivesProvenanceAndRefusesBadInputByName() throws Exception {
        String token = "Bearer " + accounts.token(lawyer.name());
        mvc.perform(get("/api/v1/proceedings/{id}/deadlines", extradition.id().value())
                        .header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].basis.ruleId").value("ME-EXTRADITION-APPEAL"))
                .andExpect(jsonPath("$[0].basis.confidence").value("UNVERIFIED"))
                .andExpect(jsonPath("$[0].basis.citation").value(containsString("[S7]")))
                .andExpect(jsonPath("$[0].computed.dueDate").value("2025-06-12"))
                .andExpect(jsonPath("$[0].computed.zone").value("Europe/Podgorica"))
                .andExpect(jsonPath("$[0].status").value("OVERDUE"));
        mvc.perform(get("/api/v1/deadlines").param("withinDays", "x").header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("withinDays")));
        mvc.perform(get("/api/v1/deadlines").param("status", "LATE").header("Authorization", token))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/deadlines")
                        .param("from", "2025-07-01T00:00:00Z")
                        .param("until", "2025-06-01T00:00:00Z")
                        .header("Authorization", token))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/deadlines/{id}/override", appeal.id())
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"due\":\"2025-06-20\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("reason")));
        mvc.perform(post("/api/v1/deadlines/{id}/acknowledge", UUID.randomUUID())
                        .header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/deadlines/{id}/waive", appeal.id())
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"no appeal\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAIVED"))
                .andExpect(jsonPath("$.closure.reason").doesNotExist());
        mvc.perform(post("/api/v1/deadlines/{id}/acknowledge", appeal.id()).header("Authorization", token))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/rule-packs").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'ME')].rules[?(@.id == 'ME-EXTRADITION-APPEAL')].confidence")
                        .value("UNVERIFIED"));
    }
}
