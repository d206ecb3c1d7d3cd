package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.identity.Role;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The vault page of a set-up vault: rotating the master key, the panic button, what case staff see
 * while it is sealed, and unsealing with the passphrase on the public page. The vault belongs to the
 * shared context, so it is unsealed again after each test whatever happens.
 */
@TirekTest
class VaultBrowserTest extends BrowserTest {

    static final By SECRET = By.id("secret");
    static final By UNSEAL = By.cssSelector("main form[action$='/vault/unseal'] button[type=submit]");

    @Autowired
    Vault vault;

    @BeforeEach
    @AfterEach
    void unsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void theAdministratorSealsWithThePanicButtonAndUnsealsWithThePassphrase() throws IOException {
        String admin = accounts.create(Role.ADMIN).value();
        String lawyer = accounts.create(Role.LAWYER).value();
        browser.signIn(admin, TestFixtures.PASSWORD);
        browser.submit(By.linkText("Vault"));
        assertThat(browser.path()).isEqualTo("/vault");
        assertThat(browser.heading()).isEqualTo("Vault");
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]"))).contains("Unsealed", "a passphrase");
        assertThat(browser.all(By.cssSelector("form.vault-init")))
                .as("set up already")
                .isEmpty();
        assertThat(browser.text(By.cssSelector("main"))).contains(msg("vault.seal.help", EN));

        browser.submit(By.cssSelector("form[action$='/vault/rotate'] button"));
        assertThat(browser.path()).isEqualTo("/vault?rotated");
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo(msg("vault.rotated", EN));
        browser.assertCleanConsole();
        browser.screenshot("60-vault-rotated");

        // the panic button: keys gone, everybody signed out, straight to the public unseal page
        browser.submit(By.cssSelector("[data-testid=seal-now]"));
        assertThat(browser.path()).isEqualTo("/vault/unseal?sealed");
        assertThat(browser.heading()).isEqualTo("Unseal the vault");
        assertThat(browser.text(By.cssSelector(".alert-warning")))
                .isEqualTo("The vault is sealed and everybody has been signed out.");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-state]"))).contains("State", "Sealed");
        assertThat(browser.all(By.cssSelector("[data-testid=unseal-progress]")))
                .as("no shares for a passphrase")
                .isEmpty();
        assertThat(browser.text(By.cssSelector("label[for=secret]"))).isEqualTo("Passphrase");
        assertThat(browser.all(By.cssSelector("[data-testid=signed-in]"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("61-unseal-passphrase");

        // case staff who sign in meanwhile see the banner, and a case's evidence page says why it cannot open
        browser.signIn(lawyer, TestFixtures.PASSWORD);
        assertThat(browser.text(By.cssSelector(".sealed-banner"))).contains(msg("layout.sealed", EN));
        browser.open("/cases/" + UUID.randomUUID() + "/evidence");
        assertThat(browser.text(By.id("main"))).contains(msg("error.503", EN));
        // the only console entry is the browser's own note of the refused page
        browser.assertCleanConsoleExcept(m -> m.contains("503"));
        browser.screenshot("62-evidence-while-sealed");
        browser.open("/");
        browser.signOut();

        browser.open("/vault/unseal");
        browser.submit(UNSEAL);
        assertThat(browser.text(By.id("secret-error"))).isEqualTo("Enter the passphrase.");

        browser.type(SECRET, "not the passphrase of this vault");
        browser.submit(UNSEAL);
        assertThat(browser.text(By.id("secret-error")))
                .isEqualTo("This passphrase does not open the vault. Check it and try again.");
        assertThat(browser.find(SECRET).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find(SECRET).getAttribute("value"))
                .as("never sent back")
                .isEmpty();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("secret");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-state]"))).contains("Sealed");
        browser.assertCleanConsole();
        browser.screenshot("63-unseal-wrong-passphrase");

        // on a phone, in Russian
        browser.resize(390, 844);
        browser.submit(By.id("lang-ru"));
        assertThat(browser.heading()).isEqualTo(msg("vault.unseal.title", RU));
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.screenshot("64-unseal-phone-ru");
        browser.submit(By.id("lang-en"));
        browser.resize(Browser.DESKTOP.width, Browser.DESKTOP.height);

        browser.type(SECRET, VaultFixture.PASSPHRASE);
        browser.submit(UNSEAL);
        assertThat(browser.text(By.cssSelector("[data-testid=unsealed]"))).isEqualTo("The vault is unsealed.");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-state]"))).contains("Unsealed");
        assertThat(vault.status().sealed()).isFalse();
        browser.assertCleanConsole();
        browser.screenshot("65-unsealed");

        browser.submit(By.linkText("Sign in"));
        browser.signIn(admin, TestFixtures.PASSWORD);
        browser.open("/vault");
        assertThat(browser.text(By.cssSelector("[data-testid=vault-status]"))).contains("Unsealed");
        assertThat(browser.all(By.cssSelector(".sealed-banner"))).isEmpty();
        browser.assertCleanConsole();
    }

    @Test
    void onlyAdministratorsSeeTheVaultPage() {
        browser.signIn(accounts.create(Role.COORDINATOR).value(), TestFixtures.PASSWORD);
        assertThat(browser.all(By.linkText("Vault"))).isEmpty();
        browser.open("/vault");
        assertThat(browser.heading()).isEqualTo("Error 403");
        browser.assertCleanConsoleExcept(m -> m.contains("403"));
        // unsealing is public, but there is nothing to do while the vault is open
        browser.open("/vault/unseal");
        assertThat(browser.text(By.cssSelector("[data-testid=unseal-state]"))).contains("Unsealed");
        assertThat(browser.all(SECRET)).isEmpty();
        browser.assertCleanConsole();
    }
}
