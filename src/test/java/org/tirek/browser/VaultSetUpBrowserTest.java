package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.tirek.identity.Role;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/**
 * The first-run page of the vault, which only an uninitialised vault shows: an administrator sets it
 * up with a passphrase, or splits the key among custodians who then unseal one share at a time.
 *
 * <p>A vault is set up once per database, and the shared context's vault is set up by other tests,
 * so this class has a context of its own (the unseal limit of 20 makes its configuration unique).
 * Each test needs a vault never set up, so the context is closed after each test: there is never
 * more than this one extra context, and with it its PostgreSQL, alive at a time.
 */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.vault.unseal.max-failures=20"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class VaultSetUpBrowserTest extends BrowserTest {

    static final By SET_UP_WITH_PASSPHRASE =
            By.cssSelector("form.vault-init:has(input[name=method][value=PASSPHRASE]) button[type=submit]");
    static final By SET_UP_WITH_SHARES =
            By.cssSelector("form.vault-init:has(input[name=method][value=SHARES]) button[type=submit]");
    static final By SECRET = By.id("secret");
    static final By UNSEAL = By.cssSelector("main form[action$='/vault/unseal'] button[type=submit]");

    @Test
    void anAdministratorSetsUpTheVaultWithAPassphraseFromTheFirstRunPage() {
        String passphrase = "a long sentence kept in a safe elsewhere";
        browser.signIn(accounts.create(Role.ADMIN).value(), TestFixtures.PASSWORD);
        assertThat(browser.text(By.cssSelector(".sealed-banner"))).contains(msg("layout.uninitialized", EN));
        browser.submit(By.cssSelector(".sealed-banner a"));
        assertThat(browser.path()).isEqualTo("/vault");
        assertThat(browser.heading()).isEqualTo("Vault");
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]"))).contains("State", "Not set up yet");
        assertThat(browser.all(By.cssSelector("form.vault-init"))).hasSize(2);
        assertThat(browser.all(By.cssSelector("[data-testid=seal-now]"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("50-vault-first-run");

        // too short: the message is next to the passphrase, which is never sent back
        browser.type(By.id("passphrase"), "too short");
        browser.type(By.id("confirm"), "too short");
        browser.submit(SET_UP_WITH_PASSPHRASE);
        assertThat(browser.path()).isEqualTo("/vault/init");
        assertThat(browser.text(By.id("passphrase-error"))).isEqualTo("The passphrase needs at least 16 characters.");
        assertThat(browser.find(By.id("passphrase")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find(By.id("passphrase")).getAttribute("value")).isEmpty();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("passphrase");
        assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);
        browser.assertCleanConsole();
        browser.screenshot("51-vault-passphrase-too-short");

        browser.type(By.id("passphrase"), passphrase);
        browser.type(By.id("confirm"), passphrase + ".");
        browser.submit(SET_UP_WITH_PASSPHRASE);
        assertThat(browser.text(By.id("confirm-error"))).isEqualTo(msg("vault.error.mismatch", EN));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("confirm");
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]"))).contains("Not set up yet");

        browser.type(By.id("passphrase"), passphrase);
        browser.type(By.id("confirm"), passphrase);
        browser.submit(SET_UP_WITH_PASSPHRASE);
        assertThat(browser.path()).isEqualTo("/vault?initialised");
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("The vault is set up and unsealed.");
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]"))).contains("Unsealed", "a passphrase");
        assertThat(browser.all(By.cssSelector(".sealed-banner"))).isEmpty();
        assertThat(browser.all(By.cssSelector("form.vault-init"))).isEmpty();
        assertThat(browser.find(By.cssSelector("[data-testid=seal-now]")).isDisplayed())
                .isTrue();
        assertThat(browser.driver().getPageSource()).doesNotContain(passphrase);
        browser.assertCleanConsole();
        browser.screenshot("52-vault-set-up-with-passphrase");

        // the panic button, and the passphrase opens the vault again from the public unseal page
        browser.submit(By.cssSelector("[data-testid=seal-now]"));
        assertThat(browser.path()).isEqualTo("/vault/unseal?sealed");
        assertThat(browser.text(By.cssSelector("label[for=secret]"))).isEqualTo("Passphrase");
        browser.type(SECRET, passphrase);
        browser.submit(UNSEAL);
        assertThat(browser.text(By.cssSelector("[data-testid=unsealed]"))).isEqualTo("The vault is unsealed.");
        browser.assertCleanConsole();
    }

    @Test
    void custodiansGetTheirSharesOnceAndUnsealOneAtATime() {
        String admin = accounts.create(Role.ADMIN).value();
        browser.signIn(admin, TestFixtures.PASSWORD);
        browser.submit(By.linkText("Vault"));

        // more shares needed than there are: refused next to the field, with the numbers kept
        browser.type(By.id("shares"), "3");
        browser.type(By.id("threshold"), "5");
        browser.submit(SET_UP_WITH_SHARES);
        assertThat(browser.text(By.id("threshold-error")))
                .isEqualTo("Shares needed must be at least 2 and no more than the number of shares,"
                        + " and there can be at most 10 shares.");
        assertThat(browser.find(By.id("threshold")).getAttribute("value")).isEqualTo("5");
        assertThat(browser.find(By.id("shares")).getAttribute("value")).isEqualTo("3");
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("threshold");
        assertThat(browser.all(By.cssSelector("[data-testid=issued-shares]"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("53-vault-shares-refused");

        // the same mistake in Kazakh, on a phone: the two cards stack and nothing runs off the screen
        browser.resize(390, 844);
        browser.open("/vault?lang=kk");
        browser.type(By.id("threshold"), "11");
        browser.submit(SET_UP_WITH_SHARES);
        assertThat(browser.text(By.id("threshold-error"))).isEqualTo(msg("vault.error.shares", KK));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("54-vault-first-run-phone-kk");
        browser.resize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        browser.submit(By.id("lang-en"));

        browser.type(By.id("shares"), "3");
        browser.type(By.id("threshold"), "2");
        browser.submit(SET_UP_WITH_SHARES);
        List<String> shares = browser.all(By.cssSelector("[data-testid=issued-shares] li code")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(shares).hasSize(3).allSatisfy(s -> assertThat(s).startsWith("tirek-share-"));
        assertThat(shares).doesNotHaveDuplicates();
        assertThat(browser.text(By.cssSelector("[data-testid=issued-shares]")))
                .startsWith(msg("vault.shares.issued", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]")))
                .contains("Unsealed", "custodian shares (2 needed)");
        assertThat(browser.all(By.cssSelector(".sealed-banner")))
                .as("the banner follows the set-up it came with")
                .isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("55-vault-shares-issued");

        // shown once: the page no longer carries them
        browser.open("/vault");
        assertThat(browser.all(By.cssSelector("[data-testid=issued-shares]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(shares.get(0), shares.get(1), shares.get(2));

        browser.submit(By.cssSelector("[data-testid=seal-now]"));
        assertThat(browser.path()).isEqualTo("/vault/unseal?sealed");
        assertThat(browser.text(By.cssSelector(".alert-warning"))).isEqualTo(msg("vault.sealedNotice", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-state]"))).contains("Sealed");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-progress]")))
                .isEqualTo("0 of 2 shares given");
        assertThat(browser.text(By.cssSelector("label[for=secret]"))).isEqualTo("Your key share");
        browser.assertCleanConsole();
        browser.screenshot("56-unseal-shares-0-of-2");

        browser.submit(UNSEAL);
        assertThat(browser.text(By.id("secret-error"))).isEqualTo("Enter your key share.");

        // a share of another vault, or a mangled one: a clear message, and no progress
        browser.type(SECRET, shares.get(0).substring(0, shares.get(0).length() - 3) + "xyz");
        browser.submit(UNSEAL);
        assertThat(browser.text(By.id("secret-error")))
                .isEqualTo("This is not one of this vault's key shares. Check that it was copied whole and try again.");
        assertThat(browser.find(SECRET).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find(SECRET).getAttribute("value")).isEmpty();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("secret");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-progress]")))
                .isEqualTo("0 of 2 shares given");
        browser.assertCleanConsole();
        browser.screenshot("57-unseal-wrong-share");

        browser.type(SECRET, shares.get(0));
        browser.submit(UNSEAL);
        assertThat(browser.text(By.cssSelector("[data-testid=share-accepted]")))
                .isEqualTo("Share accepted. The next custodian can give theirs now.");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-progress]")))
                .isEqualTo("1 of 2 shares given");
        assertThat(browser.find(By.cssSelector("progress.unseal-progress")).getAttribute("value"))
                .isEqualTo("1");
        assertThat(browser.all(By.cssSelector(".is-invalid"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("58-unseal-1-of-2");

        browser.type(SECRET, shares.get(0));
        browser.submit(UNSEAL);
        assertThat(browser.text(By.id("secret-error"))).isEqualTo(msg("vault.error.share.again", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-progress]")))
                .isEqualTo("1 of 2 shares given");

        // the progress in Russian, then the second custodian completes it
        browser.submit(By.id("lang-ru"));
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-progress]")))
                .isEqualTo(msg("vault.unseal.progress", RU, 1, 2));
        browser.type(SECRET, shares.get(2));
        browser.submit(UNSEAL);
        assertThat(browser.text(By.cssSelector("[data-testid=unsealed]"))).isEqualTo(msg("vault.unsealed", RU));
        assertThat(browser.all(By.id("secret"))).isEmpty();
        assertThat(browser.all(By.cssSelector("[data-testid=unseal-progress]"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("59-unsealed-ru");

        // sealing signed everybody out: the page leads back to the sign-in
        browser.submit(By.linkText(msg("vault.unseal.signIn", RU)));
        assertThat(browser.path()).startsWith("/login");
        browser.submit(By.id("lang-en"));
        browser.signIn(admin, TestFixtures.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Dashboard");
        assertThat(browser.all(By.cssSelector(".sealed-banner"))).isEmpty();
        browser.assertCleanConsole();
    }
}
