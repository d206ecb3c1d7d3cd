package org.tirek.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import tools.jackson.databind.json.JsonMapper;

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

    @Autowired
    Clock clock;

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
        // Kosovo's code is user-assigned in ISO 3166, but Kosovo requests extraditions
        openWithRequestingState("XK")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestingState").value("XK"));
        assertThat(proceedingsOfCase()).isEqualTo(2);
    }

    @Test
    void theJurisdictionStillAllowsTheInternationalForums() throws Exception {
        for (String forum : new String[] {"ECHR", "INTERPOL", "EU", "UN"}) {
            open("{\"type\":\"GENERIC\",\"jurisdiction\":\"" + forum
                            + "\",\"title\":\"x\",\"openedOn\":\"2025-01-01\"}")
                    .andExpect(status().isCreated());
        }
    }

    // --- when an event happened

    @Test
    void anEventDatedInTheFutureIsRefusedNamingOccurredAt() throws Exception {
        String id = asylum();
        LocalDate today = LocalDate.now(clock.withZone(PODGORICA));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (String when : new String[] {
            today.plusDays(2).toString(), now.plus(Duration.ofHours(1)).toString()
        }) {
            event(id, "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"" + when + "\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("occurredAt"))
                    .andExpect(jsonPath("$.detail").value(containsString("occurredAt is in the future")));
        }
        assertThat(eventsOf(id)).as("nothing recorded").isZero();

        event(id, "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"" + now.plus(Duration.ofMinutes(2)) + "\"}")
                .andExpect(status().isCreated());
        assertThat(eventsOf(id)).as("a clock a little ahead is tolerated").isEqualTo(1);
    }

    @Test
    void anEventDatedTodayAndAHearingScheduledForLaterAreAccepted() throws Exception {
        String id = asylum();
        String today = LocalDate.now(clock.withZone(PODGORICA)).toString();
        event(id, "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"" + today + "\"}")
                .andExpect(status().isCreated());
        String hearingAt = LocalDate.now(clock.withZone(PODGORICA))
                .plusDays(30)
                .atTime(9, 30)
                .atZone(PODGORICA)
                .toOffsetDateTime()
                .toString();
        event(
                        id,
                        "{\"type\":\"HEARING_SCHEDULED\",\"occurredAt\":\"" + today
                                + "\",\"attributes\":{\"hearingAt\":\"" + hearingAt + "\"}}")
                .andExpect(status().isCreated());
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    // --- the note

    @Test
    void aNoteLongerThanTenThousandCharactersIsRefusedNamingNote() throws Exception {
        String id = asylum();
        event(
                        id,
                        "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"2023-10-18\",\"note\":\""
                                + "x".repeat(10_001) + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.detail").value(containsString("10000")));
        assertThat(eventsOf(id)).as("nothing recorded").isZero();

        event(
                        id,
                        "{\"type\":\"APPLICATION_LODGED\",\"occurredAt\":\"2023-10-18\",\"note\":\""
                                + "x".repeat(10_000) + "\"}")
                .andExpect(status().isCreated());
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    // --- the event type

    @Test
    void anUnknownEventTypeIsCalledUnknownAndNothingOfTheProceedingIsNamed() throws Exception {
        String id = asylum();
        event(id, "{\"type\":\"MY CLIENT SAID SO\",\"occurredAt\":\"2023-10-18\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.detail")
                        .value(allOf(
                                containsString("Unknown event type"),
                                not(containsString("cannot be recorded")),
                                not(containsString("ASYLUM")),
                                not(containsString("NONE")),
                                not(containsString("MY CLIENT")))));
        assertThat(eventsOf(id)).isZero();
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

    private String asylum() throws Exception {
        String created =
                open("{\"type\":\"ASYLUM\",\"jurisdiction\":\"ME\",\"title\":\"Asylum\",\"openedOn\":\"2023-10-18\"}")
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
        return JsonMapper.shared().readTree(created).path("id").asString();
    }

    private ResultActions event(String proceeding, String body) throws Exception {
        return mvc.perform(post("/api/v1/proceedings/{id}/events", proceeding)
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

    private long eventsOf(String proceeding) {
        return jdbc.sql("select count(*) from proceeding_event where proceeding_id = :p")
                .param("p", java.util.UUID.fromString(proceeding))
                .query(Long.class)
                .single();
    }
}
