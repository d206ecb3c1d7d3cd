package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.identity.Role;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/** Two-person erasure on its page: one person asks, a coordinator or administrator other than them decides. */
@TirekTest
class ErasureBrowserTest extends BrowserTest {

    static final By ASK = By.cssSelector("#erasure-request button[type=submit]");

    @Autowired
    Vault vault;

    @BeforeEach
    @AfterEach
    void unsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aLawyerAsksAndACoordinatorApproves() throws Exception {
        String lawyer = accounts.create(Role.LAWYER).value();
        UUID caseId = caseOf(lawyer);
        browser.signIn(lawyer, TestFixtures.PASSWORD);
        Path file = Files.writeString(
                Files.createTempDirectory("erasure-browser").resolve("client-notes.txt"),
                "Notes from the first meeting.",
                StandardCharsets.UTF_8);
        browser.open("/cases/" + caseId + "/evidence");
        browser.find(By.id("upload-files")).sendKeys(file.toString());
        browser.submit(By.cssSelector("#upload-form button[type=submit]"));
        assertThat(browser.all(By.linkText("client-notes.txt"))).hasSize(1);

        browser.submit(By.linkText("Erasure"));
        assertThat(browser.path()).isEqualTo("/erasures");
        assertThat(browser.heading()).isEqualTo("Erasing a case");
        assertThat(browser.all(By.id("pending-heading")))
                .as("lawyers do not decide")
                .isEmpty();
        browser.assertCleanConsole();

        // not a case identifier, then no reason: each refused next to its field, what was typed kept
        browser.type(By.id("erase-case"), "case 17");
        browser.type(By.id("erase-reason"), "the client withdrew consent");
        browser.submit(ASK);
        assertThat(browser.path()).isEqualTo("/erasures");
        assertThat(browser.text(By.id("erase-case-error"))).isEqualTo(msg("erasure.error.caseId", EN));
        assertThat(browser.find(By.id("erase-reason")).getAttribute("value")).isEqualTo("the client withdrew consent");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("erase-case");
        assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);
        browser.assertCleanConsole();
        browser.screenshot("90-erasure-not-a-case");

        browser.type(By.id("erase-case"), caseId.toString());
        browser.type(By.id("erase-reason"), "  ");
        browser.find(By.id("erase-keep")).click();
        browser.submit(ASK);
        assertThat(browser.text(By.id("erase-reason-error")))
                .isEqualTo("Give a reason of 1 to 1000 characters: it is kept as the record of the erasure.");
        assertThat(browser.find(By.id("erase-case")).getAttribute("value")).isEqualTo(caseId.toString());
        assertThat(browser.find(By.id("erase-keep")).isSelected()).isTrue();

        browser.type(By.id("erase-reason"), "the client withdrew consent");
        browser.submit(ASK);
        assertThat(browser.path()).isEqualTo("/erasures?requested");
        assertThat(browser.text(By.cssSelector(".alert-info"))).isEqualTo(msg("erasure.requested", EN));
        browser.assertCleanConsole();
        browser.screenshot("91-erasure-requested");

        browser.type(By.id("erase-case"), caseId.toString());
        browser.type(By.id("erase-reason"), "asking twice");
        browser.submit(ASK);
        assertThat(browser.text(By.id("erase-case-error")))
                .isEqualTo("An erasure of this case is already waiting for a decision.");
        browser.signOut();

        String coordinator = accounts.create(Role.COORDINATOR).value();
        browser.signIn(coordinator, TestFixtures.PASSWORD);
        browser.submit(By.linkText("Erasure"));
        WebElement request = pendingRow(caseId);
        assertThat(request.getText()).contains("the client withdrew consent", lawyer, "Yes");
        assertThat(request.findElements(By.cssSelector("[data-testid=own-request]")))
                .isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("92-erasure-pending-for-coordinator");

        request.findElement(By.cssSelector("form[action$='/approve'] button")).click();
        browser.waiter().until(d -> browser.path().equals("/erasures?approved"));
        assertThat(browser.text(By.cssSelector(".alert-warning"))).isEqualTo(msg("erasure.approved", EN));
        assertThat(browser.all(By.cssSelector("tr[data-case='" + caseId + "']")))
                .isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("93-erasure-approved");
        browser.signOut();

        // the case's files are gone, and the case cannot be asked for again
        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.open("/cases/" + caseId + "/evidence");
        assertThat(browser.all(By.linkText("client-notes.txt"))).isEmpty();
        assertThat(browser.text(By.id("main"))).contains(msg("error.410", EN));
        browser.assertCleanConsoleExcept(m -> m.contains("410"));
        browser.open("/erasures");
        browser.type(By.id("erase-case"), caseId.toString());
        browser.type(By.id("erase-reason"), "once more");
        browser.submit(ASK);
        assertThat(browser.text(By.id("erase-case-error"))).isEqualTo("This case has already been erased.");
        browser.assertCleanConsole();
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequest() {
        String asker = accounts.create(Role.COORDINATOR).value();
        UUID caseId = caseOf(asker);
        browser.signIn(asker, TestFixtures.PASSWORD);
        browser.open("/erasures");
        browser.type(By.id("erase-case"), caseId.toString());
        browser.type(By.id("erase-reason"), "duplicate of another case");
        browser.submit(ASK);
        assertThat(browser.path()).isEqualTo("/erasures?requested");

        // the own request is listed, without the buttons, and says who decides
        WebElement own = pendingRow(caseId);
        assertThat(own.findElements(By.tagName("button"))).isEmpty();
        assertThat(own.findElement(By.cssSelector("[data-testid=own-request]")).getText())
                .isEqualTo("You asked for this: another coordinator or administrator decides.");
        browser.assertCleanConsole();
        browser.screenshot("94-erasure-own-request");

        // a decision sent anyway (an old page, a crafted form) is refused with the reason
        String requestId = own.getAttribute("data-request");
        postFromThePage("/erasures/" + requestId + "/approve");
        assertThat(browser.path()).isEqualTo("/erasures/" + requestId + "/approve");
        assertThat(browser.text(By.cssSelector("[data-testid=decision-error]")))
                .isEqualTo("You asked for this erasure yourself: another coordinator or administrator must decide.");
        assertThat(pendingRow(caseId).isDisplayed()).as("still waiting").isTrue();
        browser.assertCleanConsole();
        browser.screenshot("95-erasure-own-approval-refused");
        postFromThePage("/erasures/" + requestId + "/reject");
        assertThat(browser.text(By.cssSelector("[data-testid=decision-error]")))
                .isEqualTo(msg("erasure.error.samePerson", EN));
        browser.signOut();

        // an administrator decides; the administrator cannot ask, and sees it on a phone in Russian
        browser.signIn(accounts.create(Role.ADMIN).value(), TestFixtures.PASSWORD);
        browser.resize(390, 844);
        browser.open("/erasures?lang=ru");
        assertThat(browser.all(By.id("erasure-request"))).isEmpty();
        assertThat(pendingRow(caseId).getText()).contains(asker);
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("96-erasure-pending-phone-ru");
        WebElement reject = pendingRow(caseId).findElement(By.cssSelector("form[action$='/reject'] button"));
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", reject);
        reject.click();
        browser.waiter().until(d -> browser.path().equals("/erasures?rejected"));
        assertThat(browser.text(By.cssSelector(".alert-info"))).isEqualTo(msg("erasure.rejected", RU));
        assertThat(browser.all(By.cssSelector("tr[data-case='" + caseId + "']")))
                .isEmpty();
        browser.assertCleanConsole();
    }

    WebElement pendingRow(UUID caseId) {
        return browser.find(By.cssSelector("[data-testid=pending-erasures] tr[data-case='" + caseId + "']"));
    }

    /** Sends a form the page does not offer, with the page's CSRF token, as an old tab or a crafted page would. */
    void postFromThePage(String action) {
        browser.js("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const token = document.createElement('input');
                token.type = 'hidden';
                token.name = '_csrf';
                token.value = document.querySelector('meta[name="_csrf"]').content;
                form.appendChild(token);
                const send = document.createElement('button');
                send.type = 'submit';
                send.id = 'crafted-submit';
                send.textContent = 'send';
                form.appendChild(send);
                document.body.appendChild(form);
                """, action);
        browser.submit(By.id("crafted-submit"));
    }
}
