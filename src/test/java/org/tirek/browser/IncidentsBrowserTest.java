package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.identity.Role;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Recording an incident with JavaScript switched off in the page: the classifier's yes/no steps, the
 * form with a month-and-year date and two perpetrators (the second row added by a submit button), a
 * refusal that keeps what was typed, the narrative added on request; then the incident on the case's
 * incidents tab and timeline, in Russian and Kazakh on a phone.
 */
@TirekTest
class IncidentsBrowserTest extends BrowserTest {

    @Autowired
    Vault vault;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @AfterEach
    void scriptsBackOn() {
        scripts(true);
    }

    @Test
    void aCaseworkerClassifiesAndRecordsAnIncidentWithoutJavaScript() {
        String caseworker = accounts.create(Role.CASEWORKER).value();
        UUID caseId = caseOf(caseworker);
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        scripts(false);
        browser.open("/cases/" + caseId);
        assertThat(browser.js("return typeof window.bootstrap"))
                .as("page scripts are off")
                .isEqualTo("undefined");
        browser.submit(By.linkText("Incidents"));
        assertThat(browser.path()).isEqualTo("/cases/" + caseId + "/incidents");
        assertThat(browser.text(By.cssSelector("[data-testid=no-incidents]"))).isEqualTo(msg("incidents.none", EN));
        browser.assertCleanConsole();
        browser.screenshot("300-incidents-empty");

        // the classifier: one question a page; no answer is refused next to the question
        browser.submit(By.cssSelector("[data-testid=new-incident]"));
        assertThat(browser.text(By.cssSelector("[data-testid=question]")))
                .isEqualTo(msg("incidents.question.PENETRATION", EN));
        browser.submit(By.cssSelector("[data-testid=next]"));
        assertThat(browser.text(By.id("question-error"))).isEqualTo(msg("incidents.error.answer", EN));
        assertThat(browser.find(By.id("answer-yes")).getAttribute("autofocus")).isNotNull();
        browser.screenshot("301-classifier-unanswered");
        answer("answer-no");
        assertThat(browser.text(By.cssSelector("[data-testid=step-number]"))).isEqualTo("Question 2 of 6");
        // back to the first question, its answer still chosen, then on again
        browser.submit(By.cssSelector("[data-testid=back]"));
        assertThat(browser.find(By.id("answer-no")).isSelected()).isTrue();
        answer("answer-no");
        answer("answer-no");
        assertThat(browser.text(By.cssSelector("[data-testid=question]")))
                .isEqualTo(msg("incidents.question.PHYSICAL_ASSAULT", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=answered]")))
                .contains(
                        msg("incidents.question.PENETRATION.short", EN),
                        msg("incidents.question.UNWANTED_SEXUAL_CONTACT.short", EN));
        browser.assertCleanConsole();
        browser.screenshot("302-classifier-question-3");
        answer("answer-yes");
        assertThat(browser.text(By.cssSelector("[data-testid=type]"))).isEqualTo("Physical assault");
        assertThat(browser.all(By.id("narrative")))
                .as("the narrative is off by default")
                .isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("303-incident-form");

        // a month-and-year date, the area, contexts and a first perpetrator
        browser.type(By.id("occurredYear"), "2026");
        new Select(browser.find(By.id("occurredMonth"))).selectByValue("3");
        new Select(browser.find(By.id("timeOfDay"))).selectByValue("EVENING");
        new Select(browser.find(By.id("region"))).selectByValue("KZ-75");
        new Select(browser.find(By.id("area"))).selectByValue("URBAN");
        browser.find(By.id("context-DOMESTIC_VIOLENCE")).click();
        browser.find(By.id("context-INTIMATE_PARTNER_VIOLENCE")).click();
        new Select(browser.find(By.id("p0-relationship"))).selectByValue("INTIMATE_PARTNER");
        browser.type(By.id("p0-count"), "1");
        new Select(browser.find(By.id("p0-ageBand"))).selectByValue("AGE_26_40");
        new Select(browser.find(By.id("p0-sex"))).selectByValue("MALE");
        browser.find(By.id("priorIncidents-YES")).click();
        // a second perpetrator row, added by a submit button: what was typed stays
        browser.submit(By.id("add-perpetrator"));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("p1-relationship");
        assertThat(browser.find(By.id("occurredYear")).getAttribute("value")).isEqualTo("2026");
        assertThat(browser.find(By.id("context-INTIMATE_PARTNER_VIOLENCE")).isSelected())
                .isTrue();
        new Select(browser.find(By.id("p1-relationship"))).selectByValue("FAMILY_MEMBER");
        browser.type(By.id("p1-count"), "2");
        new Select(browser.find(By.id("p1-sex"))).selectByValue("MIXED");

        // who reported it is required: refused next to the field, everything kept, the field focused
        browser.submit(By.cssSelector("[data-testid=save]"));
        assertThat(browser.text(By.cssSelector("[data-testid=refused]"))).isEqualTo(msg("incidents.error.refused", EN));
        assertThat(browser.text(By.id("reportedBySurvivor-error")))
                .isEqualTo(msg("incidents.error.reportedBySurvivor", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("reportedBySurvivor-true");
        assertThat(new Select(browser.find(By.id("p1-sex")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("MIXED");
        assertThat(new Select(browser.find(By.id("occurredMonth")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("3");
        browser.assertCleanConsole();
        browser.screenshot("304-incident-form-refused");

        browser.find(By.id("reportedBySurvivor-true")).click();
        browser.submit(By.id("add-narrative"));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("narrative");
        browser.type(By.id("narrative"), "He locked her in the flat for two days and took her phone.");
        browser.screenshot("305-incident-form-narrative");
        browser.submit(By.cssSelector("[data-testid=save]"));

        assertThat(browser.path()).startsWith("/cases/" + caseId + "/incidents?recorded=");
        assertThat(browser.text(By.cssSelector("[data-testid=recorded]"))).isEqualTo(msg("incidents.recorded", EN));
        String row = browser.text(By.cssSelector("[data-testid=incidents] tbody tr"));
        assertThat(row)
                .contains("Physical assault", "March 2026", "More than a month", "Almaty", "Town or city")
                .contains("Intimate partner", "Family member", "people: 2", "female and male")
                .doesNotContain("locked her");
        browser.assertCleanConsole();
        browser.screenshot("306-incidents-list");

        browser.submit(By.linkText("Timeline"));
        assertThat(browser.all(By.cssSelector("[data-testid=timeline] li")))
                .extracting(e -> e.getAttribute("data-kind"))
                .containsExactly("incident", "opened");
        assertThat(browser.text(By.cssSelector("[data-testid=timeline] li[data-kind=incident]")))
                .contains(msg("timeline.kind.incident", EN), "Physical assault")
                .doesNotContain("locked her");
        browser.assertCleanConsole();
        browser.screenshot("307-timeline-incident");

        browser.submit(By.cssSelector("[data-testid=timeline] li[data-kind=incident] a"));
        assertThat(browser.text(By.cssSelector("[data-testid=narrative]"))).startsWith("He locked her");
        assertThat(browser.text(By.cssSelector("[data-testid=occurred-on]"))).contains("March 2026", "Evening");
        browser.screenshot("308-incident-page");

        // the same in Russian and Kazakh, on a phone
        scripts(true);
        browser.resize(390, 844);
        browser.open(browser.path() + "?lang=ru");
        assertThat(browser.text(By.cssSelector("[data-testid=incident-type]")))
                .isEqualTo(msg("incidents.type.PHYSICAL_ASSAULT", RU));
        assertThat(browser.text(By.cssSelector("[data-testid=occurred-on]"))).contains("Март 2026");
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("309-incident-phone-ru");
        click(By.cssSelector("[data-testid=edit] summary"));
        assertThat(browser.find(By.id("p1-sex")).isDisplayed()).isTrue();
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("309b-incident-edit-phone-ru");
        // by keyboard, as on a phone's screen a pointer lands where the smooth scroll has left the page
        browser.find(By.id("type-PSYCHOLOGICAL_ABUSE")).sendKeys(Keys.SPACE);
        assertThat(browser.find(By.id("type-PSYCHOLOGICAL_ABUSE")).isSelected()).isTrue();
        browser.submit(By.cssSelector("[data-testid=incident-form] [data-testid=save]"));
        assertThat(browser.path()).endsWith("?saved");
        assertThat(browser.text(By.cssSelector("[data-testid=incident-type]")))
                .isEqualTo(msg("incidents.type.PSYCHOLOGICAL_ABUSE", RU));
        assertThat(browser.text(By.cssSelector("[data-testid=narrative]"))).startsWith("He locked her");
        browser.open("/cases/" + caseId + "/incidents?lang=kk");
        assertThat(browser.text(By.cssSelector("[data-testid=incidents] tbody tr")))
                .contains(msg("incidents.type.PSYCHOLOGICAL_ABUSE", KK), "Наурыз 2026");
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("310-incidents-phone-kk");
        browser.open("/cases/" + caseId + "/incidents/new");
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("311-classifier-phone-kk");
    }

    /** Clicks a control that may be below the fold of a phone's screen. */
    private void click(By control) {
        var target = browser.find(control);
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        target.click();
    }

    /** Chooses an answer and goes to the next step. */
    private void answer(String id) {
        WebElement radio = browser.find(By.id(id));
        radio.click();
        // a click on a 1 rem radio button can land beside it on a busy machine; the keyboard cannot
        if (!radio.isSelected()) radio.sendKeys(Keys.SPACE);
        assertThat(radio.isSelected()).as(id + " is chosen").isTrue();
        browser.submit(By.cssSelector("[data-testid=next]"));
    }

    /** Switches the page's own scripts on or off (the test's scripts still run, through DevTools). */
    private void scripts(boolean on) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }
}
