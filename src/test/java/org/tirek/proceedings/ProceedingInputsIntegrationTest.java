package org.tirek.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * What the API refuses when a proceeding is opened or an event recorded: each refusal answers 422
 * naming the field, and leaves nothing saved.
 */
@TirekTest
class ProceedingInputsIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    MockMvc mvc;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

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

    // --- the requesting state

    @Test
    void aRequestingStateIsACountryNotAForumNorAMadeUpCode() throws Exception {
        for (String code : new String[] {"EU", "UN", "XX", "ECHR", "INTERPOL", "K1"}) {
            openWithRequestingState(code)
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("requestingState"))
                    .andExpect(jsonPath("$.detail").value(containsString("requestingState")));
        }
        assertThat(proceedingsOfCase()).as("nothing opened").isZero();

        openWithRequestingState("kz")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestingState").value("KZ"));
        assertThat(proceedingsOfCase()).isEqualTo(1);
    }

    @Test
    void theJurisdictionStillAllowsTheInternationalForums() throws Exception {
        for (String forum : new String[] {"ECHR", "INTERPOL", "EU", "UN"}) {
            open("{\"type\":\"GENERIC\",\"jurisdiction\":\"" + forum
                            + "\",\"title\":\"x\",\"openedOn\":\"2025-01-01\"}")
                    .andExpect(status().isCreated());
        }
    }

    // --- helpers

    private ResultActions openWithRequestingState(String code) throws Exception {
        return open("{\"type\":\"EXTRADITION\",\"jurisdiction\":\"ME\",\"title\":\"Extradition\","
                + "\"openedOn\":\"2025-04-14\",\"requestingState\":\"" + code + "\"}");
    }

    private ResultActions open(String body) throws Exception {
        return mvc.perform(post("/api/v1/cases/{c}/proceedings", caseId.value())
                .with(user(lawyer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long proceedingsOfCase() {
        return jdbc.sql("select count(*) from proceeding where case_id = :c")
                .param("c", caseId.value())
                .query(Long.class)
                .single();
    }
}
