package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.evidence.Evidence;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.Region;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** Cases end to end on the shared context: opening, need-to-know, workflow, notes, list, API errors. */
@TirekTest
class CasesIntegrationTest {

    @Autowired
    Cases cases;

    @Autowired
    Evidence evidence;

    @Autowired
    Accounts accounts;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TirekUser caseworker;

    @BeforeEach
    void unsealed() {
        VaultFixture.unsealed(vault);
        caseworker = accounts.user(Role.CASEWORKER);
    }

    @Test
    void openingGivesAYearlyReferenceAndPutsTheOpenerOnTheTeam() {
        CaseSummary first = open("Birch", "She fled Almaty with two children");
        CaseSummary second = open("Aspen", null);
        int year = Year.now(ZoneOffset.UTC).getValue();
        assertThat(first.reference()).matches("TRK-" + year + "-\\d{4,}");
        assertThat(Integer.parseInt(second.reference().substring(9)))
                .isGreaterThan(Integer.parseInt(first.reference().substring(9)));
        assertThat(first.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(first.priority()).isEqualTo(Priority.NORMAL);

        CaseDetails details = cases.details(caseworker, first.id());
        assertThat(details.member()).isTrue();
        assertThat(details.summaryText()).isEqualTo("She fled Almaty with two children");
        assertThat(details.team()).extracting(TeamMember::username).containsExactly(caseworker.getUsername());
        assertThat(details.history()).extracting(StatusChange::to).containsExactly(CaseStatus.OPEN);
        Long clear = jdbc.sql("select count(*) from case_file where encode(summary_sealed, 'escape') like '%Almaty%'")
                .query(Long.class)
                .single();
        assertThat(clear).as("the summary is stored sealed").isZero();
    }

    @Test
    void onlyTheTeamReadsSensitiveDataAndCoordinatorsJoinOnRecord() {
        CaseSummary c = open("Willow", "the summary");
        TirekUser otherLawyer = accounts.user(Role.LAWYER);
        assertThatThrownBy(() -> cases.details(otherLawyer, c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cases.addNote(otherLawyer, c.id(), "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        evidence.upload(otherLawyer, c.id().value(), "a.txt", new ByteArrayInputStream(new byte[] {1})))
                .isInstanceOf(AccessDeniedException.class);
        for (Role role : List.of(Role.ANALYST, Role.AUDITOR)) {
            TirekUser outsider = accounts.user(role);
            assertThatThrownBy(() -> cases.header(outsider, c.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> cases.list(outsider, CaseQuery.firstPage()))
                    .isInstanceOf(AccessDeniedException.class);
        }

        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        CaseDetails structure = cases.details(coordinator, c.id());
        assertThat(structure.member()).isFalse();
        assertThat(structure.summaryText()).isNull();
        assertThat(structure.summary().codename()).isEqualTo("Willow");

        cases.join(coordinator, c.id());
        assertThat(cases.details(coordinator, c.id()).summaryText()).isEqualTo("the summary");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'cases.join' and actor_id = :u and case_id = :c")
                        .param("u", coordinator.id())
                        .param("c", c.id().value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWorkflowRefusesIllegalMovesAndNeedsReasons() {
        CaseSummary c = open("Poplar", null);
        CaseSummary active = cases.moveTo(caseworker, c.id(), CaseStatus.ACTIVE, "");
        assertThat(active.status()).isEqualTo(CaseStatus.ACTIVE);
        assertThatThrownBy(() -> cases.moveTo(caseworker, c.id(), CaseStatus.OPEN, "why not"))
                .isInstanceOf(CaseStatus.IllegalTransitionException.class)
                .hasMessageContaining("from ACTIVE to OPEN");
        assertThatThrownBy(() -> cases.moveTo(caseworker, c.id(), CaseStatus.CLOSED, "  "))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Say why");
        cases.moveTo(caseworker, c.id(), CaseStatus.CLOSED, "the survivor moved abroad and is safe");
        assertThatThrownBy(() -> cases.moveTo(caseworker, c.id(), CaseStatus.ACTIVE, ""))
                .isInstanceOf(InvalidRequestException.class);
        cases.moveTo(caseworker, c.id(), CaseStatus.ACTIVE, "she came back");

        assertThat(cases.details(caseworker, c.id()).history())
                .extracting(StatusChange::to, StatusChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.OPEN, null),
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.ACTIVE, null),
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.CLOSED, "the survivor moved abroad and is safe"),
                        org.assertj.core.groups.Tuple.tuple(CaseStatus.ACTIVE, "she came back"));
    }

    @Test
    void notesKeepEveryEarlierTextAndAStaleEditLosesNothing() {
        CaseSummary c = open("Larch", null);
        Note note = cases.addNote(caseworker, c.id(), "first visit: bruises on the arm");
        Note edited = cases.editNote(caseworker, c.id(), note.id(), "first visit: bruises on both arms", 1);
        assertThat(edited.version()).isEqualTo(2);
        assertThatThrownBy(() -> cases.editNote(caseworker, c.id(), note.id(), "a stale edit", 1))
                .isInstanceOf(ConflictException.class);
        assertThat(cases.noteHistory(caseworker, c.id(), note.id()))
                .extracting(NoteRevision::version, NoteRevision::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "first visit: bruises on the arm"),
                        org.assertj.core.groups.Tuple.tuple(2, "first visit: bruises on both arms"));
        assertThat(cases.notes(caseworker, c.id()))
                .extracting(Note::text)
                .containsExactly("first visit: bruises on both arms");

        // an old text put back as the current one does not open: each version is bound to its number
        jdbc.sql("update case_note set text_sealed = (select text_sealed from case_note_revision where note_id = :n)"
                        + " where id = :n")
                .param("n", note.id())
                .update();
        assertThatThrownBy(() -> cases.notes(caseworker, c.id()))
                .isInstanceOf(org.tirek.vault.DecryptionFailedException.class);
    }

    @Test
    void theListFiltersSortsAndPagesAndShowsLawyersOnlyTheirCases() {
        TirekUser lawyer = accounts.user(Role.LAWYER);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            cases.open(
                    lawyer,
                    new NewCase(
                            CaseType.DEFENDER_PROTECTION,
                            "def-" + tag + "-" + i,
                            null,
                            Priority.values()[i],
                            Region.of("ME")));
        }
        open("not-theirs-" + tag, null);
        CasePage mine = cases.list(
                lawyer, new CaseQuery(null, null, null, null, null, false, true, CaseQuery.Sort.PRIORITY, 0, 2, null));
        assertThat(mine.total()).isEqualTo(3);
        assertThat(mine.pages()).isEqualTo(2);
        assertThat(mine.cases()).extracting(CaseSummary::priority).containsExactly(Priority.HIGH, Priority.NORMAL);

        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        CasePage defenders = cases.list(
                coordinator,
                new CaseQuery(
                        CaseType.DEFENDER_PROTECTION,
                        CaseStatus.OPEN,
                        Region.of("ME"),
                        null,
                        lawyer.id(),
                        false,
                        true,
                        CaseQuery.Sort.NEWEST,
                        0,
                        50,
                        null));
        assertThat(defenders.cases())
                .extracting(CaseSummary::codename)
                .containsExactlyInAnyOrder("def-" + tag + "-0", "def-" + tag + "-1", "def-" + tag + "-2");
        assertThatThrownBy(() -> cases.list(
                        coordinator,
                        new CaseQuery(null, null, null, null, null, false, true, CaseQuery.Sort.NEWEST, 0, 500, null)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aNegativePageIsRefusedNamingThePageNotTheSize() throws Exception {
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        assertThatThrownBy(() -> cases.list(
                        coordinator,
                        new CaseQuery(null, null, null, null, null, false, true, CaseQuery.Sort.NEWEST, -1, 50, null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("page is 0 or more")
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).fieldErrors()).containsOnlyKeys("page"));
        mvc.perform(get("/api/v1/cases").param("page", "-1").with(user(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("page is 0 or more"))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/cases").param("size", "0").with(user(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void theTeamKeepsOneMemberAndOnlyCaseRolesJoinIt() {
        CaseSummary c = open("Rowan", null);
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        assertThatThrownBy(() -> cases.addMember(
                        coordinator, c.id(), accounts.create(Role.ANALYST).value()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("An account with the role ANALYST cannot be on a case team");
        assertThatThrownBy(() -> cases.addMember(coordinator, c.id(), "no-such-account"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> cases.removeMember(coordinator, c.id(), caseworker.id()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> cases.addMember(caseworker, c.id(), "anyone"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTimelineGathersStatusNotesAndEvidence() throws Exception {
        CaseSummary c = open("Hazel", null);
        cases.addNote(caseworker, c.id(), "called the shelter");
        evidence.upload(
                caseworker,
                c.id().value(),
                "medical-report.pdf",
                new ByteArrayInputStream("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        cases.moveTo(caseworker, c.id(), CaseStatus.ACTIVE, "");
        List<TimelineEntry> timeline = cases.timeline(caseworker, c.id());
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .containsExactly("status_ACTIVE", "evidence", "note", "opened");
        assertThat(timeline).extracting(TimelineEntry::text).contains("called the shelter", "medical-report.pdf");
    }

    @Test
    void theApiGivesClearErrorsAndSavesNothingOnBadInput() throws Exception {
        long before =
                jdbc.sql("select count(*) from case_file").query(Long.class).single();
        mvc.perform(post("/api/v1/cases")
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"BURGLARY\",\"codename\":\"x\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("SURVIVOR_SUPPORT")));
        mvc.perform(post("/api/v1/cases")
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"SURVIVOR_SUPPORT\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("codename"));
        mvc.perform(post("/api/v1/cases")
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"type\":\"SURVIVOR_SUPPORT\",\"codename\":\"x\",\"region\":\"Almaty, Abay st. 5\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("region"));
        mvc.perform(post("/api/v1/cases")
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single())
                .isEqualTo(before);

        String created = mvc.perform(
                        post("/api/v1/cases")
                                .with(user(caseworker))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"type\":\"SURVIVOR_SUPPORT\",\"codename\":\"Elm\",\"summary\":\"s\",\"region\":\"kz-75\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.startsWith("TRK-")))
                .andExpect(jsonPath("$.region").value("KZ-75"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = tools.jackson.databind.json.JsonMapper.shared()
                .readTree(created)
                .path("id")
                .asString();
        mvc.perform(patch("/api/v1/cases/{c}", id)
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"codename\":\"Elm 2\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(patch("/api/v1/cases/{c}", id)
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"codename\":\"stale\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/{c}", id).with(user(caseworker)))
                .andExpect(jsonPath("$.summary.codename").value("Elm 2"));
        mvc.perform(post("/api/v1/cases/{c}/status", id)
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CLOSED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(put("/api/v1/cases/{c}/notes/{n}", id, UUID.randomUUID())
                        .with(user(caseworker))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"x\",\"version\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/{c}", UUID.randomUUID()).with(user(caseworker)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases").param("sort", "SIDEWAYS").with(user(caseworker)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
    }

    @Test
    void theEditFormKeepsARegionOutsideItsList() throws Exception {
        CaseSummary c = cases.open(
                caseworker, new NewCase(CaseType.DEFENDER_PROTECTION, "Juniper", null, null, Region.of("AM")));
        assertThat(Region.KNOWN).doesNotContain("AM");
        mvc.perform(get("/cases/{c}", c.id().value()).with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.matchesPattern(
                                "(?s).*<option value=\"AM\"[^>]*selected[^>]*>AM</option>.*")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??region"))));
    }

    private CaseSummary open(String codename, String summary) {
        return cases.open(caseworker, new NewCase(CaseType.SURVIVOR_SUPPORT, codename, summary, null, null));
    }
}
