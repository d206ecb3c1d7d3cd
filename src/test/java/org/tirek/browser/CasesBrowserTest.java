package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.identity.Role;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** The case pages: the list, opening a case, the overview, notes and their history, status, team, timeline. */
@TirekTest
class CasesBrowserTest extends BrowserTest {

    @Autowired
    Vault vault;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aCaseworkerOpensACaseWritesNotesAndClosesItWithAReason() {
        String caseworker = accounts.create(Role.CASEWORKER).value();
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        browser.submit(By.linkText("Cases"));
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.heading()).isEqualTo("Cases");
        browser.assertCleanConsole();
        browser.screenshot("100-cases-list-empty");

        // a codename is required: refused next to the field, what was typed kept
        browser.submit(By.cssSelector("[data-testid=new-case]"));
        browser.type(By.id("summary"), "She left the flat after the third attack; two children.");
        new Select(browser.find(By.id("priority"))).selectByValue("HIGH");
        browser.submit(By.cssSelector("[data-testid=new-case-form] button[type=submit]"));
        assertThat(browser.text(By.id("codename-error"))).isEqualTo(msg("cases.error.codename", EN));
        assertThat(browser.find(By.id("summary")).getAttribute("value")).startsWith("She left the flat");
        assertThat(new Select(browser.find(By.id("priority")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("HIGH");
        browser.assertCleanConsole();
        browser.screenshot("101-cases-new-refused");

        browser.type(By.id("codename"), "Birch");
        new Select(browser.find(By.id("region"))).selectByValue("KZ-75");
        browser.submit(By.cssSelector("[data-testid=new-case-form] button[type=submit]"));
        assertThat(browser.path()).matches("/cases/[0-9a-f-]{36}\\?opened");
        UUID caseId = UUID.fromString(browser.path().substring(7, 43));
        assertThat(browser.text(By.cssSelector("[data-testid=case-reference]"))).matches("TRK-\\d{4}-\\d{4,}");
        assertThat(browser.text(By.cssSelector("[data-testid=case-codename]"))).isEqualTo("Birch");
        assertThat(browser.text(By.cssSelector("[data-testid=case-summary]"))).startsWith("She left the flat");
        assertThat(browser.text(By.cssSelector("[data-testid=team]"))).contains(caseworker);
        assertThat(browser.text(By.cssSelector(".case-badges"))).contains("High", "Almaty", "Open");
        browser.assertCleanConsole();
        browser.screenshot("102-case-opened");

        // notes: an empty one is refused; one is added, edited, and its first text kept
        browser.submit(By.cssSelector("[data-testid=note-form] button[type=submit]"));
        assertThat(browser.text(By.id("note-text-error"))).isEqualTo(msg("cases.error.note", EN));
        browser.type(By.id("note-text"), "Called the shelter in Almaty: a room from Monday.");
        browser.submit(By.cssSelector("[data-testid=note-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=notes]"))).contains("a room from Monday");
        browser.submit(By.linkText("Edit, earlier texts"));
        browser.type(By.id("note-text"), "Called the shelter in Almaty: a room from Tuesday.");
        browser.submit(By.cssSelector("[data-testid=edit-note-form] button[type=submit]"));
        assertThat(browser.all(By.cssSelector("[data-testid=note-history] li"))).hasSize(2);
        assertThat(browser.text(By.cssSelector("[data-testid=note-history] li[data-version='1']")))
                .contains("a room from Monday");
        browser.assertCleanConsole();
        browser.screenshot("103-case-note-history");
        browser.submit(By.linkText("Back to the case"));

        // closing needs a reason
        new Select(browser.find(By.id("status"))).selectByValue("CLOSED");
        browser.submit(By.cssSelector("[data-testid=status-form] button[type=submit]"));
        assertThat(browser.text(By.id("status-reason-error"))).isEqualTo(msg("cases.error.reason", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("status-reason");
        new Select(browser.find(By.id("status"))).selectByValue("CLOSED");
        browser.type(By.id("status-reason"), "She moved abroad and is safe.");
        browser.submit(By.cssSelector("[data-testid=status-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=case-status]"))).isEqualTo("Closed");

        browser.submit(By.linkText("Timeline"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/timeline");
        assertThat(browser.all(By.cssSelector("[data-testid=timeline] li")))
                .extracting(e -> e.getAttribute("data-kind"))
                .containsExactly("status_CLOSED", "note", "opened");
        assertThat(browser.text(By.cssSelector("[data-testid=timeline]"))).contains("She moved abroad and is safe.");
        browser.assertCleanConsole();
        browser.screenshot("104-case-timeline");

        browser.open("/cases/" + caseId + "?lang=kk");
        assertThat(browser.text(By.cssSelector("[data-testid=case-status]"))).isEqualTo(msg("cases.status.CLOSED", KK));
        browser.resize(390, 844);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("105-case-phone-kk");
    }

    @Test
    void aCoordinatorSeesTheStructureJoinsOnRecordAndManagesTheTeam() {
        String lawyer = accounts.create(Role.LAWYER).value();
        UUID caseId = caseOf(lawyer);
        String coordinator = accounts.create(Role.COORDINATOR).value();
        browser.signIn(coordinator, TestFixtures.PASSWORD);
        browser.open("/cases?lang=ru");
        assertThat(browser.find(By.cssSelector("tr[data-case='" + caseId + "']"))
                        .isDisplayed())
                .isTrue();
        browser.assertCleanConsole();
        browser.screenshot("106-cases-list-ru");
        browser.open("/cases/" + caseId + "?lang=en");
        assertThat(browser.text(By.cssSelector("[data-testid=not-member]"))).contains("not on this case's team");
        assertThat(browser.all(By.cssSelector("[data-testid=case-summary]"))).isEmpty();
        browser.screenshot("107-case-not-member");

        // a wrong user name is refused next to the field
        browser.type(By.id("team-username"), "nobody-by-that-name");
        browser.submit(By.cssSelector("[data-testid=team-form] button[type=submit]"));
        assertThat(browser.text(By.id("team-username-error"))).isEqualTo(msg("cases.error.username", EN));
        String caseworker = accounts.create(Role.CASEWORKER).value();
        browser.type(By.id("team-username"), caseworker);
        browser.submit(By.cssSelector("[data-testid=team-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=team]"))).contains(lawyer, caseworker);

        browser.submit(By.cssSelector("[data-testid=join]"));
        assertThat(browser.text(By.cssSelector(".alert-info"))).isEqualTo(msg("cases.joined", EN));
        assertThat(browser.all(By.cssSelector("[data-testid=not-member]"))).isEmpty();
        browser.submit(By.linkText("Who accessed it"));
        assertThat(browser.text(By.cssSelector("[data-testid=audit-entries]"))).contains("cases.join", coordinator);
        browser.assertCleanConsole();
        browser.screenshot("108-case-access-log");

        // filters: only my cases
        browser.open("/cases?mine=true");
        assertThat(browser.find(By.cssSelector("tr[data-case='" + caseId + "']"))
                        .isDisplayed())
                .isTrue();
        browser.open("/cases?status=NOT-A-STATUS");
        assertThat(browser.text(By.cssSelector(".alert-danger"))).isEqualTo(msg("cases.filter.invalid", EN));
    }

    @Test
    void aLawyerOffTheTeamNeitherListsNorOpensTheCase() {
        String owner = accounts.create(Role.CASEWORKER).value();
        UUID caseId = caseOf(owner);
        browser.signIn(accounts.create(Role.LAWYER).value(), TestFixtures.PASSWORD);
        browser.open("/cases");
        assertThat(browser.all(By.cssSelector("tr[data-case='" + caseId + "']")))
                .isEmpty();
        browser.open("/cases/" + caseId);
        assertThat(browser.heading()).isEqualTo("Error 403");
        browser.assertCleanConsoleExcept(m -> m.contains("403"));
    }

    @Test
    void tasksAreAddedToACaseAndShowOnMyTasksUntilDone() {
        String lawyer = accounts.create(Role.LAWYER).value();
        String caseworker = accounts.create(Role.CASEWORKER).value();
        UUID caseId = caseOf(lawyer);
        cases.addToTeam(caseId, accounts.principal(org.tirek.identity.Username.of(caseworker)));
        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.open("/cases/" + caseId);
        browser.submit(By.linkText("Tasks"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/tasks");

        // a task without a title is refused; the chosen assignee is kept
        new Select(browser.find(By.id("task-assignee"))).selectByValue(caseworker);
        browser.submit(By.cssSelector("[data-testid=task-form] button[type=submit]"));
        assertThat(browser.text(By.id("task-title-error"))).isEqualTo(msg("tasks.error.title", EN));
        assertThat(new Select(browser.find(By.id("task-assignee")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(caseworker);
        browser.type(By.id("task-title"), "Ask the court for the hearing transcript");
        browser.js(
                "document.getElementById('task-due').value = arguments[0]",
                java.time.LocalDate.now().minusDays(1).toString());
        browser.submit(By.cssSelector("[data-testid=task-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=tasks]"))).contains("hearing transcript", caseworker);
        assertThat(browser.all(By.cssSelector("[data-testid=overdue]"))).hasSize(1);
        browser.assertCleanConsole();
        browser.screenshot("110-case-tasks");
        browser.signOut();

        browser.signIn(caseworker, TestFixtures.PASSWORD);
        browser.submit(By.linkText("My tasks"));
        assertThat(browser.text(By.cssSelector("[data-testid=my-tasks]"))).contains("hearing transcript");
        assertThat(browser.text(By.cssSelector("[data-testid=overdue-count]")))
                .isEqualTo(msg("tasks.mine.overdue", EN, 1));
        browser.screenshot("111-my-tasks");
        browser.submit(By.cssSelector("[data-testid=my-tasks] a"));
        browser.submit(By.cssSelector("[data-testid=tasks] button[value=DONE]"));
        assertThat(browser.find(By.cssSelector("[data-testid=tasks] li")).getAttribute("data-status"))
                .isEqualTo("DONE");
        browser.open("/tasks?lang=ru");
        assertThat(browser.text(By.id("main"))).contains(msg("tasks.mine.none", RU));
        browser.assertCleanConsole();
    }
}
