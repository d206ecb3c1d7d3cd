package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** Tasks: assigned within the team, overdue by the organisation's calendar, closed for good, sealed titles. */
@TirekTest
class CaseTasksIntegrationTest {

    @Autowired
    CaseTasks tasks;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Autowired
    Cases casesService;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TirekUser lawyer;
    TirekUser caseworker;
    CaseId caseId;

    @BeforeEach
    void aCaseWithTwoMembers() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseworker = accounts.user(Role.CASEWORKER);
        caseId = CaseId.of(cases.open(lawyer, caseworker));
    }

    @Test
    void tasksAreAssignedWithinTheTeamAndMyTasksShowsTheOverdueFirst() {
        LocalDate today = LocalDate.now();
        CaseTask late = tasks.create(
                lawyer, caseId, "File the appeal against the refusal", caseworker.getUsername(), today.minusDays(2));
        tasks.create(lawyer, caseId, "Book an interpreter", caseworker.getUsername(), today.plusDays(5));
        tasks.create(lawyer, caseId, "Unassigned", null, null);
        assertThat(late.overdue()).isTrue();
        assertThat(tasks.mine(caseworker))
                .extracting(CaseTask::title)
                .containsExactly("File the appeal against the refusal", "Book an interpreter");
        assertThat(tasks.mine(lawyer)).isEmpty();

        assertThatThrownBy(() -> tasks.create(
                        lawyer, caseId, "x", accounts.create(Role.LAWYER).value(), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("on the case's team");
        TirekUser outsider = accounts.user(Role.LAWYER);
        assertThatThrownBy(() -> tasks.ofCase(outsider, caseId)).isInstanceOf(AccessDeniedException.class);
        Long clear = jdbc.sql("select count(*) from case_task where encode(title_sealed, 'escape') like '%appeal%'")
                .query(Long.class)
                .single();
        assertThat(clear).isZero();
    }

    @Test
    void aClosedTaskStaysClosedAndAStaleChangeIsRefused() {
        CaseTask task = tasks.create(lawyer, caseId, "Call the survivor's sister", null, null);
        CaseTask assigned =
                tasks.change(lawyer, caseId, task.id(), 0, null, caseworker.getUsername(), null, false, null);
        assertThat(assigned.assignee()).isEqualTo(caseworker.getUsername());
        assertThatThrownBy(() -> tasks.change(lawyer, caseId, task.id(), 0, "stale", null, null, false, null))
                .isInstanceOf(ConflictException.class);
        CaseTask done = tasks.change(caseworker, caseId, task.id(), 1, null, null, null, false, TaskStatus.DONE);
        assertThat(done.status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.closedBy()).isEqualTo(caseworker.getUsername());
        assertThatThrownBy(() -> tasks.change(lawyer, caseId, task.id(), 2, "reopen?", null, null, false, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(tasks.mine(caseworker)).isEmpty();
    }

    @Test
    void leavingTheTeamLeavesOneSOpenTasksForTheTeamToTake() {
        CaseTask open = tasks.create(lawyer, caseId, "Collect the medical certificate", caseworker.getUsername(), null);
        CaseTask done = tasks.create(lawyer, caseId, "Book the interpreter", caseworker.getUsername(), null);
        tasks.change(caseworker, caseId, done.id(), 0, null, null, null, false, TaskStatus.DONE);
        TirekUser coordinator = accounts.user(Role.COORDINATOR);

        casesService.removeMember(coordinator, caseId, caseworker.id());

        assertThat(tasks.mine(caseworker)).isEmpty();
        assertThat(tasks.ofCase(lawyer, caseId))
                .filteredOn(t -> t.id().equals(open.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.assignee()).isNull());
        assertThat(tasks.ofCase(lawyer, caseId))
                .filteredOn(t -> t.id().equals(done.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.closedBy()).isEqualTo(caseworker.getUsername()));
    }

    @Test
    void aModuleRuleCreatesATaskWithItsOrigin() {
        CaseTask task =
                tasks.createFor(caseId, "Consent to share with the shelter was revoked", null, "consent.revoked");
        assertThat(task.origin()).isEqualTo("consent.revoked");
        assertThat(tasks.ofCase(lawyer, caseId)).extracting(CaseTask::id).contains(task.id());
    }

    @Test
    void theApiRefusesBadDatesAndStaleVersionsClearly() throws Exception {
        mvc.perform(post("/api/v1/cases/{c}/tasks", caseId.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"x\",\"dueOn\":\"next friday\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("dueOn"));
        mvc.perform(post("/api/v1/cases/{c}/tasks", caseId.value())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        CaseTask task = tasks.create(lawyer, caseId, "Write to the ombudsman", null, null);
        mvc.perform(put("/api/v1/cases/{c}/tasks/{t}", caseId.value(), task.id())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":7,\"status\":\"DONE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/cases/{c}/tasks/{t}", caseId.value(), UUID.randomUUID())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"DONE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/cases/{c}/tasks/{t}", caseId.value(), task.id())
                        .with(user(lawyer))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0,\"status\":\"FINISHED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }
}
