package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** Safeguard alerts as a lawyer meets them: on the case's proceedings tab, on the dashboard, in the digest. */
@TirekTest
class AlertsBrowserTest extends BrowserTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Vault vault;

    @Autowired
    Proceedings proceedings;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aLawyerSeesTheSurrenderWhileAsylumIsPendingAlertAndAcknowledgesIt() {
        String lawyer = accounts.create(Role.LAWYER).value();
        UUID caseId = caseOf(lawyer);
        ProceedingSummary extradition =
                surrenderStageWhileAsylumPending(accounts.principal(Username.of(lawyer)), caseId);

        browser.signIn(lawyer, TestFixtures.PASSWORD);
        assertThat(browser.text(By.cssSelector("main"))).contains(msg("alerts.dashboard.critical", EN, 1));
        browser.screenshot("160-dashboard-critical-alert");

        browser.open("/cases/" + caseId + "/proceedings");
        By a1 = By.cssSelector("[data-testid=alerts] [data-rule=A1]");
        assertThat(browser.find(a1).getAttribute("data-severity")).isEqualTo("CRITICAL");
        assertThat(browser.text(a1))
                .contains(msg("alerts.rule.A1", EN), "Minister pending", "2023-10-01")
                .doesNotContain("Smailova");
        browser.assertCleanConsole();
        browser.screenshot("161-case-alerts-panel");

        browser.js("document.querySelector('[data-rule=A1] details').open = true");
        browser.type(By.cssSelector("[data-rule=A1] textarea"), "Rule 39 request drafted");
        browser.submit(By.cssSelector("[data-rule=A1] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/proceedings?acknowledged");
        assertThat(browser.find(a1).getAttribute("data-status")).isEqualTo("ACKNOWLEDGED");
        assertThat(browser.text(By.cssSelector("[data-rule=A1] [data-testid=acknowledged]")))
                .contains(lawyer);
        browser.screenshot("162-alert-acknowledged");

        browser.open("/proceedings/" + extradition.id());
        assertThat(browser.find(a1).getAttribute("data-status")).isEqualTo("ACKNOWLEDGED");

        browser.open("/alerts");
        assertThat(browser.text(By.cssSelector("[data-testid=digest]")))
                .contains(msg("alerts.rule.A1", EN), msg("alerts.digest.new", EN));
        browser.assertCleanConsole();
        browser.screenshot("163-alerts-digest");

        browser.open("/cases/" + caseId + "/proceedings?lang=ru");
        assertThat(browser.text(a1)).contains(msg("alerts.rule.A1", RU));
        browser.resize(390, 844);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("164-case-alerts-phone-ru");
    }

    private ProceedingSummary surrenderStageWhileAsylumPending(TirekUser lawyer, UUID caseUuid) {
        CaseId caseId = CaseId.of(caseUuid);
        ProceedingSummary asylum = proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        ProceedingType.ASYLUM,
                        "ME",
                        "Asylum in Montenegro",
                        null,
                        null,
                        ClientRole.APPLICANT,
                        null,
                        LocalDate.of(2023, 10, 1),
                        null,
                        null));
        event(lawyer, asylum, "APPLICATION_LODGED", LocalDate.of(2023, 10, 1));
        ProceedingSummary x = proceedings.open(
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
                        LocalDate.of(2025, 4, 14),
                        null,
                        null));
        LocalDate day = LocalDate.of(2025, 4, 14);
        for (String type : new String[] {
            "FORMAL_REQUEST_RECEIVED",
            "INVESTIGATING_JUDGE_SEIZED",
            "FILE_SENT_TO_PANEL",
            "PANEL_FOUND_CONDITIONS_MET",
            "APPEAL_DEADLINE_PASSED",
            "FILE_TO_MINISTER"
        }) {
            event(lawyer, x, type, day);
            day = day.plusDays(5);
        }
        return x;
    }

    private void event(TirekUser lawyer, ProceedingSummary p, String type, LocalDate date) {
        proceedings.record(
                lawyer, p.id(), new NewEvent(type, OccurredAt.ofDate(date, PODGORICA), null, Map.of(), null));
    }
}
