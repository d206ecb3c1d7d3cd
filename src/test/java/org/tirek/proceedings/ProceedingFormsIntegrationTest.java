package org.tirek.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The forms of the proceedings pages: a refused form comes back with the reason next to the field
 * and what was typed, and nothing is saved.
 */
@TirekTest
class ProceedingFormsIntegrationTest {

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

    @Test
    void aRequestingStateThatIsNoCountryIsRefusedNextToTheField() throws Exception {
        mvc.perform(post("/cases/{c}/proceedings", caseId.value())
                        .param("type", "EXTRADITION")
                        .param("title", "Extradition request")
                        .param("jurisdiction", "ME")
                        .param("openedOn", "2025-04-14")
                        .param("requestingState", "EU")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"p-requesting-error\"")))
                .andExpect(content().string(containsString("two-letter code (ISO 3166), e.g. KZ")))
                .andExpect(content().string(containsString("value=\"EU\"")))
                .andExpect(content().string(containsString("value=\"Extradition request\"")));
        assertThat(proceedings.ofCase(lawyer, caseId)).isEmpty();
    }

    @Test
    void anEventDatedInTheFutureIsRefusedNextToTheDateWithTheNoteKept() throws Exception {
        ProceedingSummary asylum = asylum();
        String later = LocalDate.now(clock.withZone(PODGORICA)).plusDays(2).toString();
        mvc.perform(post("/proceedings/{id}/events", asylum.id().value())
                        .param("type", "APPLICATION_LODGED")
                        .param("date", later)
                        .param("note", "lodged at the border post")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-date-error\"")))
                .andExpect(content().string(containsString("That date is still to come")))
                .andExpect(content().string(containsString("value=\"" + later + "\"")))
                .andExpect(content().string(containsString(">lodged at the border post</textarea>")));
        assertThat(events(asylum)).isZero();
    }

    @Test
    void aNoteTooLongIsRefusedNextToTheNoteAndKept() throws Exception {
        ProceedingSummary asylum = asylum();
        String note = "w".repeat(10_001);
        mvc.perform(post("/proceedings/{id}/events", asylum.id().value())
                        .param("type", "APPLICATION_LODGED")
                        .param("date", "2023-10-18")
                        .param("note", note)
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-note-error\"")))
                .andExpect(content().string(containsString("A note holds at most 10,000 characters")))
                .andExpect(content().string(containsString(">" + note + "</textarea>")));
        assertThat(events(asylum)).isZero();
    }

    @Test
    void theChargeFormSetsTheLifeOrDeathFlagAndKeepsItWhenRefused() throws Exception {
        ProceedingSummary warrant = warrant();
        mvc.perform(get("/proceedings/{id}", warrant.id().value()).with(user(lawyer)))
                .andExpect(content().string(containsString("id=\"c-life\"")))
                .andExpect(content().string(containsString("Life imprisonment or the death penalty possible")));
        mvc.perform(post("/proceedings/{id}/charges", warrant.id().value())
                        .param("article", " ")
                        .param("category", "EXTREMISM")
                        .param("lifeOrDeath", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"c-article-error\"")))
                .andExpect(content().string(matchesPattern("(?s).*<input[^>]*id=\"c-life\"[^>]*checked.*")));
        assertThat(proceedings.details(lawyer, warrant.id()).charges()).isEmpty();

        mvc.perform(post("/proceedings/{id}/charges", warrant.id().value())
                        .param("article", "Art. 174")
                        .param("category", "EXTREMISM")
                        .param("lifeOrDeath", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(proceedings.details(lawyer, warrant.id()).charges())
                .singleElement()
                .satisfies(c -> assertThat(c.lifeOrDeath()).isTrue());
        mvc.perform(get("/proceedings/{id}", warrant.id().value()).with(user(lawyer)))
                .andExpect(content().string(containsString("life imprisonment or death possible")));
    }

    @Test
    void theEventFormRecordsADecisionsDetailsAndRefusesABadOneNextToTheField() throws Exception {
        ProceedingSummary asylum = asylum();
        mvc.perform(get("/proceedings/{id}", asylum.id().value()).with(user(lawyer)))
                .andExpect(content().string(containsString("id=\"e-instance\"")))
                .andExpect(content().string(containsString("id=\"e-outcome\"")))
                .andExpect(content().string(containsString("id=\"e-ecli\"")))
                .andExpect(content().string(containsString("id=\"e-appealable\"")))
                .andExpect(content().string(containsString("Outcome for the client")));

        mvc.perform(post("/proceedings/{id}/events", asylum.id().value())
                        .param("type", "DECISION_SERVED")
                        .param("date", "2024-03-01")
                        .param("note", "served by post")
                        .param("instance", "Ministry of the Interior")
                        .param("outcome", "MAYBE")
                        .param("ecli", "not an ecli")
                        .param("appealable", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-outcome-error\"")))
                .andExpect(content().string(containsString(">served by post</textarea>")))
                .andExpect(content().string(containsString("value=\"Ministry of the Interior\"")))
                .andExpect(content().string(containsString("value=\"not an ecli\"")));
        mvc.perform(post("/proceedings/{id}/events", asylum.id().value())
                        .param("type", "DECISION_SERVED")
                        .param("date", "2024-03-01")
                        .param("instance", "Ministry of the Interior")
                        .param("outcome", "UNFAVOURABLE")
                        .param("ecli", "not an ecli")
                        .param("appealable", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"e-ecli-error\"")))
                .andExpect(content().string(containsString("ECLI:ME:VSCG:2025:123")));
        assertThat(events(asylum)).isZero();

        mvc.perform(post("/proceedings/{id}/events", asylum.id().value())
                        .param("type", "DECISION_SERVED")
                        .param("date", "2024-03-01")
                        .param("instance", "Ministry of the Interior")
                        .param("outcome", "UNFAVOURABLE")
                        .param("ecli", " ecli:me:vscg:2024:77 ")
                        .param("appealable", "true")
                        .with(user(lawyer))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(proceedings.details(lawyer, asylum.id()).events())
                .singleElement()
                .satisfies(e -> assertThat(e.attributes())
                        .containsEntry("instance", "Ministry of the Interior")
                        .containsEntry("outcome", "UNFAVOURABLE")
                        .containsEntry("ecli", "ECLI:ME:VSCG:2024:77")
                        .containsEntry("appealable", "true"));
        mvc.perform(get("/proceedings/{id}", asylum.id().value()).with(user(lawyer)))
                .andExpect(content().string(containsString("Against the client")));
    }

    private ProceedingSummary warrant() {
        return proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ARREST_WARRANT,
                        "KZ",
                        "Prosecution",
                        null,
                        null,
                        ClientRole.ACCUSED,
                        null,
                        LocalDate.of(2023, 12, 27),
                        null,
                        null));
    }

    private ProceedingSummary asylum() {
        return proceedings.open(
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
                        LocalDate.of(2023, 10, 18),
                        null,
                        null));
    }

    private long events(ProceedingSummary p) {
        return jdbc.sql("select count(*) from proceeding_event where proceeding_id = :p")
                .param("p", p.id().value())
                .query(Long.class)
                .single();
    }
}
