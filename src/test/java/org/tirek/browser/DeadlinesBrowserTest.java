package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Deadlines in the browser: an arrest recorded on a proceeding's page starts its deadlines, each
 * shown with its basis and confidence; a lawyer sets another date (refused without a reason),
 * acknowledges, records a filing and waives; a coordinator finds them on the board across cases.
 */
@TirekTest
class DeadlinesBrowserTest extends BrowserTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Vault vault;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Clock clock;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aLawyerWorksTheDeadlinesOfAnArrestAndACoordinatorSeesThemOnTheBoard() {
        String lawyer = accounts.create(Role.LAWYER).value();
        String backup = accounts.create(Role.LAWYER).value();
        TirekUser lead = accounts.principal(org.tirek.identity.Username.of(lawyer));
        UUID caseId = cases.open(lead, accounts.principal(org.tirek.identity.Username.of(backup)));
        ProceedingSummary p = proceedings.open(
                lead,
                CaseId.of(caseId),
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition requested by Kazakhstan",
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.now(clock.withZone(PODGORICA)).minusDays(5),
                        lawyer,
                        backup));
        LocalDate arrested = LocalDate.now(clock.withZone(PODGORICA)).minusDays(3);

        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.open("/proceedings/" + p.id());
        assertThat(browser.text(By.cssSelector("[data-testid=deadlines]"))).contains(msg("deadlines.none", EN));
        new Select(browser.find(By.id("e-type"))).selectByValue("ARRESTED_ON_PROVISIONAL_REQUEST");
        browser.js("document.getElementById('e-date').value = arguments[0]", arrested.toString());
        browser.js("document.getElementById('e-time').value = '10:30'");
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));

        By hearing = deadline("ME-CPC-FIRST-HEARING");
        By request = deadline("ME-FORMAL-REQUEST-18D");
        By longest = deadline("ME-FORMAL-REQUEST-45D");
        assertThat(browser.find(hearing).getAttribute("data-status")).isEqualTo("OVERDUE");
        // 48 hours later (an hour earlier across a clock change: the earlier reading)
        assertThat(browser.text(within(hearing, "due")))
                .contains(arrested.plusDays(2).toString(), "(Europe/Podgorica)");
        assertThat(browser.text(within(hearing, "confidence"))).isEqualTo("unverified");
        assertThat(browser.text(within(hearing, "basis"))).contains("CPC Art. 176(4)", "[S10]");
        assertThat(browser.find(request).getAttribute("data-status")).isEqualTo("UPCOMING");
        assertThat(browser.text(within(request, "due")))
                .isEqualTo(
                        msg("deadlines.dueEndOfDay", EN, arrested.plusDays(17).toString(), "Europe/Podgorica"));
        browser.assertCleanConsole();
        browser.screenshot("140-deadlines-of-an-arrest");

        // another date without a reason is refused beside the deadline, with the date kept
        open(request, "override-form");
        browser.js(
                "document.querySelector(arguments[0]).value = arguments[1]",
                "[data-rule=ME-FORMAL-REQUEST-18D] input[name=dueDate]",
                arrested.plusDays(16).toString());
        browser.submit(By.cssSelector("[data-rule=ME-FORMAL-REQUEST-18D] [data-testid=override-form] button"));
        assertThat(browser.text(within(request, "deadline-refusal"))).isEqualTo(msg("deadlines.error.reason", EN));
        assertThat(browser.find(By.cssSelector("[data-rule=ME-FORMAL-REQUEST-18D] input[name=dueDate]"))
                        .getAttribute("value"))
                .isEqualTo(arrested.plusDays(16).toString());
        browser.type(
                By.cssSelector("[data-rule=ME-FORMAL-REQUEST-18D] [data-testid=override-form] textarea"),
                "The court counts from the day after the arrest; we file a day early.");
        browser.submit(By.cssSelector("[data-rule=ME-FORMAL-REQUEST-18D] [data-testid=override-form] button"));
        assertThat(browser.text(By.cssSelector("[data-testid=deadlines] .alert-success")))
                .isEqualTo(msg("deadlines.done.override", EN));
        assertThat(browser.text(within(request, "computed")))
                .contains(arrested.plusDays(17).toString());
        assertThat(browser.text(within(request, "override"))).contains("we file a day early");

        browser.submit(By.cssSelector("[data-rule=ME-FORMAL-REQUEST-18D] [data-testid=acknowledge]"));
        assertThat(browser.text(within(request, "acknowledged"))).startsWith("Seen by " + lawyer);

        // the first hearing was held: record the filing against it; the longest limit does not apply
        open(hearing, "filed-form");
        browser.js(
                "document.querySelector(arguments[0]).value = arguments[1]",
                "[data-rule=ME-CPC-FIRST-HEARING] [data-testid=filed-form] input[name=date]",
                arrested.plusDays(1).toString());
        browser.submit(By.cssSelector("[data-rule=ME-CPC-FIRST-HEARING] [data-testid=filed-form] button"));
        assertThat(browser.find(hearing).getAttribute("data-status")).isEqualTo("MET");
        open(longest, "waive-form");
        browser.type(
                By.cssSelector("[data-rule=ME-FORMAL-REQUEST-45D] [data-testid=waive-form] textarea"),
                "The 18-day limit governs.");
        browser.submit(By.cssSelector("[data-rule=ME-FORMAL-REQUEST-45D] [data-testid=waive-form] button"));
        assertThat(browser.find(longest).getAttribute("data-status")).isEqualTo("WAIVED");
        assertThat(browser.text(within(longest, "closure"))).contains("The 18-day limit governs.");
        browser.assertCleanConsole();
        browser.screenshot("141-deadlines-worked");

        // the coordinator's board: every case, no reasons
        browser.signOut();
        String coordinator = accounts.create(Role.COORDINATOR).value();
        browser.signIn(coordinator, TestFixtures.PASSWORD);
        browser.submit(By.linkText(msg("layout.nav.deadlines", EN)));
        assertThat(browser.path()).isEqualTo("/deadlines");
        browser.type(By.id("f-lawyer"), lawyer);
        browser.submit(By.cssSelector("[data-testid=board-filter] button[type=submit]"));
        assertThat(browser.all(By.cssSelector("[data-testid=board] tbody tr")))
                .extracting(r -> r.getAttribute("data-rule"))
                .containsExactly("ME-FORMAL-REQUEST-18D");
        assertThat(browser.text(By.cssSelector("[data-testid=board]")))
                .contains("TRK-", "unverified", "[S16]")
                .doesNotContain("we file a day early");
        new Select(browser.find(By.id("f-status"))).selectByValue("ALL");
        browser.submit(By.cssSelector("[data-testid=board-filter] button[type=submit]"));
        assertThat(browser.all(By.cssSelector("[data-testid=board] tbody tr")))
                .extracting(r -> r.getAttribute("data-status"))
                .containsExactly("MET", "UPCOMING", "WAIVED");
        browser.assertCleanConsole();
        browser.screenshot("142-deadlines-board");

        browser.open("/deadlines?lang=ru&status=ALL&lawyer=" + lawyer);
        assertThat(browser.heading()).isEqualTo(msg("deadlines.board.title", RU));
        browser.resize(390, 844);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("143-deadlines-board-phone-ru");

        browser.resize(1280, 900);
        browser.open("/rule-packs?lang=kk");
        assertThat(browser.heading()).isEqualTo(msg("deadlines.packs.title", KK));
        assertThat(browser.text(By.cssSelector("#rule-ME-EXTRADITION-APPEAL"))).contains("[S7]");
        browser.assertCleanConsole();
        browser.screenshot("144-rule-packs-kk");
    }

    private static By deadline(String rule) {
        return By.cssSelector("[data-testid=deadlines] [data-rule=" + rule + "]");
    }

    private static By within(By deadline, String testId) {
        String css = deadline.toString().substring("By.cssSelector: ".length());
        return By.cssSelector(css + " [data-testid=" + testId + "]");
    }

    /** Opens the {@code details} around a deadline's form. */
    private void open(By deadline, String form) {
        String css = deadline.toString().substring("By.cssSelector: ".length());
        browser.js(
                "document.querySelector(arguments[0]).closest('details').open = true",
                css + " [data-testid=" + form + "]");
    }
}
