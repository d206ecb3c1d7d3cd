package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/**
 * The first sign-in of an account an administrator created: the real sign-in page, the forced
 * password change (with a mistake first), the dashboard and its figures, then Russian and Kazakh.
 */
@TirekTest
class FirstSignInBrowserTest extends BrowserTest {

    @Test
    void firstSignInForcesAPasswordChangeThenShowsTheDashboardInThreeLanguages() {
        Username user = accounts.create(Role.CASEWORKER, true);
        String newPassword = "a new sentence only I know";

        browser.open("/");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertCleanConsole();
        browser.screenshot("01-login");

        browser.signIn(user.value(), TestFixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.heading()).isEqualTo("Change your password");
        assertThat(browser.text(By.cssSelector(".alert-warning"))).isEqualTo(msg("password.forced", EN));
        assertThat(browser.all(By.cssSelector("nav.navbar .nav-link")))
                .as("no menu while forced")
                .isEmpty();
        // held on this page: every other page leads back here until the password changes
        browser.open("/account/tokens");
        assertThat(browser.path()).isEqualTo("/account/password");
        browser.assertCleanConsole();
        browser.screenshot("02-password-forced");

        browser.type(By.id("currentPassword"), TestFixtures.PASSWORD);
        browser.type(By.id("newPassword"), newPassword);
        browser.type(By.id("confirmPassword"), newPassword + "!");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/account/password");
        WebElement confirmError = browser.find(By.id("confirmPassword-error"));
        assertThat(confirmError.isDisplayed()).isTrue();
        assertThat(confirmError.getText()).isEqualTo("The two new passwords differ.");
        assertThat(browser.find(By.id("confirmPassword")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.text(By.cssSelector(".alert-warning")))
                .as("still forced")
                .isNotEmpty();
        browser.assertCleanConsole();
        browser.screenshot("03-password-mismatch");

        browser.type(By.id("currentPassword"), TestFixtures.PASSWORD);
        browser.type(By.id("newPassword"), newPassword);
        browser.type(By.id("confirmPassword"), newPassword);
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/?passwordChanged");
        assertThat(browser.heading()).isEqualTo("Dashboard");
        assertThat(browser.text(By.cssSelector("[data-testid=welcome]"))).isEqualTo("Welcome, " + user.value() + ".");
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Your password has been changed.");
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in]")))
                .isEqualTo("Signed in as " + user.value() + " (Caseworker)");
        assertThat(browser.find(By.cssSelector("nav.navbar .nav-link.active")).getText())
                .isEqualTo("Dashboard");
        assertThat(browser.all(By.cssSelector(".figure"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(figure("dashboard.figure.users")).isGreaterThanOrEqualTo(2); // the first admin and this user
        assertThat(figure("dashboard.figure.sessions")).isGreaterThanOrEqualTo(1); // this very session
        assertThat(browser.text(By.cssSelector(".figures"))).contains("User accounts", "Active sessions");
        browser.assertCleanConsole();
        browser.screenshot("04-dashboard-en");

        browser.submit(By.id("lang-ru"));
        assertThat(browser.path()).isEqualTo("/?lang=ru");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("ru");
        assertThat(browser.heading()).isEqualTo(msg("dashboard.title", RU)).isEqualTo("Обзор");
        assertThat(browser.text(By.cssSelector(".figures"))).contains(msg("dashboard.figure.users", RU));
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in]")))
                .isEqualTo(msg("layout.signedInAs", RU, user.value(), msg("role.CASEWORKER", RU)));
        assertThat(browser.find(By.id("lang-ru")).getAttribute("aria-current")).isEqualTo("true");
        browser.assertCleanConsole();
        browser.screenshot("05-dashboard-ru");

        // the choice is remembered: another page comes in Russian without ?lang
        browser.open("/account/tokens");
        assertThat(browser.heading()).isEqualTo(msg("tokens.title", RU));

        browser.submit(By.id("lang-kk"));
        assertThat(browser.heading()).isEqualTo(msg("tokens.title", KK));
        browser.open("/");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertThat(browser.heading()).isEqualTo(msg("dashboard.title", KK)).isEqualTo("Шолу");
        assertThat(browser.text(By.cssSelector("[data-testid=welcome]")))
                .isEqualTo(msg("dashboard.welcome", KK, user.value()));
        assertThat(browser.text(By.cssSelector("nav.navbar"))).contains(msg("layout.nav.tokens", KK));
        browser.assertCleanConsole();
        browser.screenshot("06-dashboard-kk");

        // the old one-time password is gone for good; the new one signs straight in
        browser.signOut();
        browser.submit(By.id("lang-en"));
        browser.signIn(user.value(), TestFixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/login?error");
        browser.signIn(user.value(), newPassword);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Dashboard");
        browser.assertCleanConsole();
    }

    long figure(String labelKey) {
        return Long.parseLong(browser.text(By.cssSelector("[data-figure='" + labelKey + "']")));
    }
}
