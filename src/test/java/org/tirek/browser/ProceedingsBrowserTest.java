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

/** The proceedings tab and a proceeding's page: opening, recording events, refusals by name, measures, charges. */
@TirekTest
class ProceedingsBrowserTest extends BrowserTest {

    @Autowired
    Vault vault;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aLawyerOpensAnExtraditionRecordsTheArrestAndTheReleaseWithPassportSeized() {
        String lawyer = accounts.create(Role.LAWYER).value();
        UUID caseId = caseOf(lawyer);
        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.open("/cases/" + caseId);
        browser.submit(By.linkText("Proceedings"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/proceedings");

        // the date is required: refused next to the field, the label kept
        new Select(browser.find(By.id("p-type"))).selectByValue("EXTRADITION");
        browser.type(By.id("p-title"), "Extradition requested by Kazakhstan");
        browser.submit(By.cssSelector("[data-testid=open-proceeding] button[type=submit]"));
        assertThat(browser.text(By.id("p-opened-error"))).isEqualTo(msg("proceedings.error.openedOn", EN));
        assertThat(browser.find(By.id("p-title")).getAttribute("value"))
                .isEqualTo("Extradition requested by Kazakhstan");
        browser.js("document.getElementById('p-opened').value = '2025-04-14'");
        browser.type(By.id("p-requesting"), "KZ");
        browser.submit(By.cssSelector("[data-testid=open-proceeding] button[type=submit]"));
        assertThat(browser.path()).matches("/proceedings/[0-9a-f-]{36}\\?opened");
        assertThat(browser.text(By.cssSelector("[data-testid=state]"))).contains("None", "At liberty");
        browser.assertCleanConsole();
        browser.screenshot("120-proceeding-opened");

        record("FORMAL_REQUEST_RECEIVED", "2025-04-14");
        record("ARRESTED", "2025-04-14");
        record("RELEASED_WITH_MEASURES", "2025-04-15");
        new Select(browser.find(By.id("e-type"))).selectByValue("MEASURE_IMPOSED");
        browser.js("document.getElementById('e-date').value = '2025-04-15'");
        browser.js("document.querySelector('[data-testid=event-form] details').open = true");
        new Select(browser.find(By.id("e-measure-type"))).selectByValue("PASSPORT_SEIZED");
        browser.type(By.id("e-note"), "Passport seized by the Higher Court in Podgorica.");
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=state] [data-region=custody]")))
                .isEqualTo("Released with measures");
        assertThat(browser.text(By.cssSelector("[data-testid=measures]")))
                .contains("Passport seized", "since 2025-04-15");
        assertThat(browser.text(By.cssSelector("[data-testid=events]")))
                .contains("Passport seized by the Higher Court");

        // a measure imposed without saying which is refused, with the reason shown and the note kept
        new Select(browser.find(By.id("e-type"))).selectByValue("MEASURE_IMPOSED");
        browser.js("document.getElementById('e-date').value = '2025-04-16'");
        browser.type(By.id("e-note"), "kept note");
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=refusal]"))).contains("measureType is required");
        assertThat(browser.find(By.id("e-note")).getAttribute("value")).isEqualTo("kept note");
        browser.assertCleanConsole();

        // a decision with its details; a malformed ECLI is refused next to the field, the rest kept
        new Select(browser.find(By.id("e-type"))).selectByValue("DECISION_SERVED");
        browser.js("document.getElementById('e-date').value = '2025-04-16'");
        browser.js("document.querySelector('[data-testid=event-form] details').open = true");
        browser.type(By.id("e-instance"), "Higher Court, Podgorica");
        new Select(browser.find(By.id("e-outcome"))).selectByValue("UNFAVOURABLE");
        new Select(browser.find(By.id("e-appealable"))).selectByValue("true");
        browser.type(By.id("e-ecli"), "ME:VSCG:2025:12");
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));
        assertThat(browser.text(By.id("e-ecli-error"))).isEqualTo(msg("proceedings.error.ecli", EN));
        assertThat(browser.find(By.id("e-instance")).getAttribute("value")).isEqualTo("Higher Court, Podgorica");
        browser.screenshot("123-proceeding-decision-refused");
        browser.type(By.id("e-ecli"), "ecli:me:vscg:2025:12");
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=events]")))
                .contains("Against the client", "ECLI:ME:VSCG:2025:12", "Higher Court, Podgorica");

        // charges, one of them open to life imprisonment or death
        browser.type(By.id("c-article"), "Art. 190(4)");
        browser.type(By.id("c-max"), "10");
        new Select(browser.find(By.id("c-category"))).selectByValue("FRAUD");
        browser.js("document.getElementById('c-life').click()");
        browser.submit(By.cssSelector("[data-testid=charge-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=charges]")))
                .contains("Art. 190(4)", "Fraud", "up to 10 years", msg("proceedings.lifeOrDeath", EN));
        browser.screenshot("121-proceeding-events");

        browser.open(browser.path().replaceAll("\\?.*$", "") + "?lang=ru");
        assertThat(browser.text(By.cssSelector("[data-testid=state] [data-region=custody]")))
                .isEqualTo(msg("proceedings.state.RELEASED_WITH_MEASURES", RU));
        browser.resize(390, 844);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("122-proceeding-phone-ru");
        browser.assertCleanConsole();
    }

    private void record(String type, String date) {
        new Select(browser.find(By.id("e-type"))).selectByValue(type);
        browser.js("document.getElementById('e-date').value = arguments[0]", date);
        browser.submit(By.cssSelector("[data-testid=event-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo(msg("proceedings.recorded", EN));
    }
}
