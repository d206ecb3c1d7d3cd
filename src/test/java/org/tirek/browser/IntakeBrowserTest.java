package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tirek.identity.Role;
import org.tirek.intake.internal.PublicIntake;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Anonymous intake in a real browser. The reporter's side runs with JavaScript switched off in the
 * page, as in Tor Browser's safest mode: the form with an attachment, a refusal that keeps what was
 * typed, the receipt, coming back with it, reading a staff reply and answering it, all without a
 * single cookie. The staff side (scripts on) triages: the dashboard's warning, the inbox, reading,
 * replying and opening a case whose timeline carries the conversation.
 */
@TirekTest
class IntakeBrowserTest extends BrowserTest {

    static final By SEND = By.id("send");

    /** The console's note of a page answered 422, as a refused form is: expected, not a problem. */
    static final java.util.function.Predicate<String> REFUSED = m -> m.contains("status of 422");

    @Autowired
    Vault vault;

    @Autowired
    PublicIntake intake;

    @Autowired
    JdbcClient jdbc;

    Path work;

    @BeforeEach
    void vaultAndFolder() throws IOException {
        VaultFixture.unsealed(vault);
        work = Files.createTempDirectory("intake-browser");
    }

    @AfterEach
    void scriptsBackOn() {
        scripts(true);
    }

    @Test
    void aReporterWithoutJavaScriptFilesAReportComesBackReadsTheReplyAndAnswers() throws IOException {
        Path photo = Files.write(work.resolve("bruises.png"), png());

        // the form, with scripts off: nothing runs, nothing is stored in the browser
        scripts(false);
        browser.open("/report");
        assertThat(browser.js("return document.querySelector('#report-form').dataset.powBits"))
                .isEqualTo("16");
        assertThat(browser.heading()).isEqualTo(msg("intake.form.heading", EN));
        assertThat(browser.driver().getTitle()).isEqualTo(msg("intake.public.title", EN));
        assertThat(cookies()).as("cookies after opening the form").isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("700-intake-form");

        // answers, but "are you safe now?" (required) left out: refused, everything typed is still there
        browser.find(By.cssSelector("input[name='q.who'][value=SURVIVOR]")).click();
        browser.find(By.cssSelector("input[name='q.what'][value=PSYCHOLOGICAL_ABUSE]"))
                .click();
        browser.type(By.name("q.when.year"), "2026");
        new Select(browser.find(By.name("q.when.month"))).selectByValue("1");
        new Select(browser.find(By.name("q.where"))).selectByValue("KZ-75");
        browser.find(By.cssSelector("input[name='q.area'][value=URBAN]")).click();
        browser.find(By.cssSelector("input[name='q.contact.way'][value=FOLLOW_UP_PAGE]"))
                .click();
        browser.find(By.name("q.consent.SERVICES")).click();
        browser.find(By.name("q.consent.REFERRAL")).click();
        browser.type(By.name("q.story"), "He reads my messages and threatens to take the children.");
        browser.find(By.id("in-files")).sendKeys(photo.toAbsolutePath().toString());
        browser.submit(SEND);
        assertThat(browser.text(By.id("err-safe"))).isEqualTo(msg("intake.error.required", EN));
        assertThat(browser.text(By.id("problem"))).isEqualTo(msg("intake.error.summary", EN));
        assertThat(browser.text(By.id("files-again"))).isEqualTo(msg("intake.form.filesAgain", EN));
        assertThat(browser.find(By.name("q.story")).getAttribute("value"))
                .isEqualTo("He reads my messages and threatens to take the children.");
        assertThat(browser.find(By.cssSelector("input[name='q.what'][value=PSYCHOLOGICAL_ABUSE]"))
                        .isSelected())
                .isTrue();
        assertThat(browser.find(By.name("q.consent.REFERRAL")).isSelected()).isTrue();
        assertThat(new Select(browser.find(By.name("q.where")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("KZ-75");
        assertThat(cookies()).isEmpty();
        browser.assertCleanConsoleExcept(REFUSED);
        browser.screenshot("701-intake-form-refused");

        // completed and sent again, the file chosen again: the receipt, shown once
        browser.find(By.cssSelector("input[name='q.safe'][value=UNSURE]")).click();
        browser.find(By.id("in-files")).sendKeys(photo.toAbsolutePath().toString());
        assertThat(browser.find(By.name("pow")).getAttribute("value"))
                .as("no proof of work without scripts")
                .isEmpty();
        browser.submit(SEND);
        assertThat(browser.heading()).isEqualTo(msg("intake.receipt.heading", EN));
        String receipt = browser.text(By.id("receipt"));
        assertThat(receipt).matches("[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}");
        assertThat(cookies()).as("cookies after sending").isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("702-intake-receipt");
        UUID reportId = intake.conversation(Objects.requireNonNull(intake.open(receipt)))
                .reportId();

        // staff: the dashboard warns of a report waiting too long; the inbox; the report; a reply
        jdbc.sql("update intake_report set received_at = :t where id = :id")
                .param("t", Timestamp.from(Instant.now().minus(4, ChronoUnit.DAYS)))
                .param("id", reportId)
                .update();
        scripts(true);
        String caseworker = accounts.create(Role.CASEWORKER).value();
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        assertThat(browser.all(By.cssSelector("[data-testid=notice]")))
                .anySatisfy(n -> assertThat(n.getText()).contains("waited more than 3 days for triage"));
        browser.screenshot("703-intake-dashboard");
        browser.submit(By.linkText(msg("layout.nav.intake", EN)));
        assertThat(browser.heading()).isEqualTo(msg("intake.inbox.title", EN));
        By row = By.cssSelector("a[href='/intake/reports/" + reportId + "']");
        assertThat(browser.find(row).findElement(By.xpath("ancestor::tr")).getAttribute("class"))
                .contains("table-warning");
        browser.assertCleanConsole();
        browser.screenshot("704-intake-inbox");
        browser.submit(row);
        assertThat(browser.text(By.cssSelector("[data-testid=answers]")))
                .contains("He reads my messages")
                .contains(msg("intake.consent.REFERRAL", EN))
                .contains(msg("region.KZ-75", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=files]"))).contains("bruises.png");
        browser.assertCleanConsole();
        browser.screenshot("705-intake-report");
        browser.type(By.id("reply"), "We read your report. Is this website a safe way to reach you?");
        browser.submit(By.cssSelector("[data-testid=reply-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=done]"))).isEqualTo(msg("intake.report.replied", EN));

        // the reporter comes back, scripts off again and the staff session gone from this browser
        browser.signOut();
        browser.driver().manage().deleteAllCookies();
        scripts(false);
        browser.open("/report");
        browser.submit(By.linkText(msg("intake.form.haveReceipt", EN)));
        assertThat(browser.heading()).isEqualTo(msg("intake.followUp.heading", EN));
        browser.screenshot("706-intake-follow-up");
        browser.type(By.id("receipt"), "1234 5678 9012 3456");
        browser.submit(By.cssSelector("#follow-up-form button[type=submit]"));
        assertThat(browser.text(By.id("problem"))).isEqualTo(msg("intake.error.receipt", EN));
        browser.type(By.id("receipt"), receipt.replace(" ", ""));
        browser.submit(By.cssSelector("#follow-up-form button[type=submit]"));
        assertThat(browser.heading()).isEqualTo(msg("intake.conversation.heading", EN));
        assertThat(browser.text(By.id("status"))).contains(msg("intake.status.received", EN));
        assertThat(browser.text(By.cssSelector(".messages"))).contains("Is this website a safe way to reach you?");
        browser.type(By.id("text"), "Yes. I can come back here in the evenings.");
        browser.submit(By.id("send-message"));
        assertThat(browser.text(By.id("sent"))).isEqualTo(msg("intake.conversation.sent", EN));
        assertThat(browser.text(By.cssSelector(".messages"))).contains("I can come back here in the evenings.");
        assertThat(cookies()).as("cookies after coming back").isEmpty();
        browser.assertCleanConsoleExcept(REFUSED);
        browser.screenshot("707-intake-conversation");

        // the quick exit, without scripts an ordinary link to a neutral page
        browser.submit(By.id("quick-exit"));
        assertThat(browser.path()).isEqualTo("/report/exit");
        assertThat(browser.driver().getTitle()).isEqualTo(msg("intake.exit.title", EN));
        browser.screenshot("708-intake-exit");

        // staff read the answer and open a case: the conversation is on its timeline
        scripts(true);
        browser.signIn(caseworker, TestFixtures.PASSWORD);
        browser.open("/intake/reports/" + reportId);
        assertThat(browser.text(By.cssSelector("[data-testid=messages]")))
                .contains("I can come back here in the evenings.");
        browser.submit(By.cssSelector("[data-testid=convert-form] button[type=submit]"));
        assertThat(browser.text(By.id("codename-error"))).isEqualTo(msg("intake.report.error.codename", EN));
        browser.type(By.id("codename"), "heron");
        browser.submit(By.cssSelector("[data-testid=convert-form] button[type=submit]"));
        assertThat(browser.path()).startsWith("/cases/").endsWith("?fromReport");
        String casePath = browser.path().replace("?fromReport", "");
        browser.open(casePath + "/timeline");
        String timeline = browser.text(By.cssSelector("[data-testid=timeline]"));
        assertThat(timeline)
                .contains(msg("timeline.kind.intake", EN))
                .contains("He reads my messages")
                .contains(msg("timeline.kind.intake_reply", EN))
                .contains("I can come back here in the evenings.");
        browser.assertCleanConsoleExcept(REFUSED);
        browser.screenshot("709-intake-case-timeline");
        browser.open(casePath + "/incidents");
        assertThat(browser.text(By.tagName("main"))).contains(msg("incidents.type.PSYCHOLOGICAL_ABUSE", EN));
        browser.open("/intake/reports/" + reportId);
        assertThat(browser.text(By.cssSelector("[data-testid=state]"))).isEqualTo(msg("intake.state.CONVERTED", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=files]"))).contains(msg("intake.report.inEvidence", EN));
        browser.screenshot("710-intake-report-converted");
    }

    @Test
    void thePublicPagesSpeakRussianAndKazakhAndFitAPhone() {
        scripts(false);
        browser.resize(390, 844);
        for (String lang : new String[] {"ru", "kk"}) {
            browser.open("/report?lang=" + lang);
            assertThat(browser.heading()).isEqualTo(msg("intake.form.heading", "ru".equals(lang) ? RU : KK));
            assertThat(browser.sidewaysScroll())
                    .as("sideways scroll of the form in %s", lang)
                    .isEmpty();
            assertThat(cookies()).isEmpty();
            browser.assertCleanConsole();
            browser.screenshot("711-intake-form-phone-" + lang);
        }
        browser.submit(By.linkText(msg("intake.form.haveReceipt", KK)));
        assertThat(browser.heading()).isEqualTo(msg("intake.followUp.heading", KK));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("712-intake-follow-up-phone-kk");
    }

    @Test
    void anAdministratorEditsTheReportForm() {
        String admin = accounts.create(Role.ADMIN).value();
        browser.signIn(admin, TestFixtures.PASSWORD);
        browser.submit(By.linkText(msg("layout.nav.intakeForm", EN)));
        assertThat(browser.heading()).isEqualTo(msg("intake.questionnaire.title", EN));
        String definition = browser.find(By.id("definition")).getAttribute("value");
        assertThat(definition).contains("\"CONSENT\"");
        browser.type(By.id("definition"), "{\"questions\": [{\"id\": \"Bad Id\", \"kind\": \"TEXT\"}]}");
        browser.submit(By.cssSelector("[data-testid=questionnaire-form] button[type=submit]"));
        assertThat(browser.text(By.cssSelector("[data-testid=problems]"))).contains("Bad Id");
        browser.assertCleanConsoleExcept(REFUSED);
        browser.screenshot("713-intake-questionnaire-refused");
    }

    private java.util.Set<org.openqa.selenium.Cookie> cookies() {
        return browser.driver().manage().getCookies();
    }

    private void scripts(boolean on) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    private static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) for (int y = 0; y < 48; y++) image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 90);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
