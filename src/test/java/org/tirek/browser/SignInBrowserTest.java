package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/** The sign-in page and its messages, signing out, and the error page. */
@TirekTest
class SignInBrowserTest extends BrowserTest {

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndTheRightOneSignsIn() {
        Username user = accounts.create(Role.LAWYER);

        browser.signIn(user.value(), "not the password at all");
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text(By.cssSelector(".alert-danger"))).isEqualTo("Wrong username or password.");
        assertThat(browser.find(By.id("password")).getAttribute("value")).isEmpty();
        assertThat(browser.all(By.cssSelector("nav.navbar .nav-link")))
                .as("no menu before sign-in")
                .isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("10-login-wrong-password");

        // the same message in Russian, on the same page
        browser.open("/login?error&lang=ru");
        assertThat(browser.heading()).isEqualTo(msg("login.title", RU));
        assertThat(browser.text(By.cssSelector(".alert-danger"))).isEqualTo(msg("login.error", RU));
        browser.submit(By.id("lang-en"));

        browser.signIn(user.value(), TestFixtures.PASSWORD);
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("Dashboard");
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in]")))
                .isEqualTo("Signed in as " + user.value() + " (Lawyer)");
        assertThat(browser.text(By.cssSelector("nav.navbar")))
                .as("not an administrator")
                .doesNotContain("Users");
        browser.assertCleanConsole();
    }

    @Test
    void signingOutEndsTheSession() {
        Username user = accounts.create(Role.ANALYST);
        browser.signIn(user.value(), TestFixtures.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Dashboard");

        browser.signOut();
        assertThat(browser.path()).isEqualTo("/login?signedOut");
        assertThat(browser.text(By.cssSelector(".alert-info"))).isEqualTo("You have signed out.");
        assertThat(browser.all(By.cssSelector("[data-testid=signed-in]"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("11-signed-out");

        browser.open("/account/tokens");
        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.heading()).isEqualTo("Sign in");
        // after signing in again, the page asked for comes up
        browser.signIn(user.value(), TestFixtures.PASSWORD);
        assertThat(browser.path()).startsWith("/account/tokens");
        assertThat(browser.heading()).isEqualTo("Personal API tokens");
        browser.assertCleanConsole();
    }

    @Test
    void anUnknownAddressShowsTheNotFoundPageInTheChosenLanguage() {
        Username user = accounts.create(Role.COORDINATOR);
        browser.signIn(user.value(), TestFixtures.PASSWORD);

        browser.open("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Error 404");
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("There is nothing at this address.");
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in]"))).contains(user.value());
        // the only console entry is the browser's own note of the 404 response
        browser.assertCleanConsoleExcept(m -> m.contains("404"));
        browser.screenshot("12-error-404");

        // the language links lead back to the address that failed, not to /error
        assertThat(browser.find(By.id("lang-ru")).getAttribute("href")).endsWith("/no-such-page?lang=ru");
        browser.submit(By.id("lang-ru"));
        assertThat(browser.heading()).isEqualTo(msg("error.code", RU, 404));
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo(msg("error.404", RU));
        browser.assertCleanConsoleExcept(m -> m.contains("404"));
        browser.screenshot("13-error-404-ru");

        browser.submit(By.linkText(msg("error.home", RU)));
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo(msg("dashboard.title", RU));
    }

    @Test
    void anotherRolesPageIsRefusedWithTheForbiddenPage() {
        browser.signIn(accounts.create(Role.CASEWORKER).value(), TestFixtures.PASSWORD);
        browser.open("/admin/users");
        assertThat(browser.heading()).isEqualTo("Error 403");
        assertThat(browser.text(By.cssSelector("main .lead"))).isEqualTo("You are not allowed to see this page.");
        browser.assertCleanConsoleExcept(m -> m.contains("403"));
        browser.screenshot("14-error-403");
    }

    /** Guards the other tests: they pass on a clean console only if problems do reach the log. */
    @Test
    void theConsoleCaptureSeesContentSecurityPolicyViolations() {
        browser.open("/login");
        browser.assertCleanConsole();
        browser.js("const s = document.createElement('script'); s.textContent = 'window.inlineRan = true';"
                + " document.head.appendChild(s);");
        browser.js("const d = document.createElement('div'); d.setAttribute('style', 'color: red');"
                + " document.body.appendChild(d);");
        assertThat(browser.js("return window.inlineRan === true"))
                .as("inline script blocked")
                .isEqualTo(false);
        assertThat(browser.consoleProblems())
                .anySatisfy(
                        m -> assertThat(m).contains("Content Security Policy").contains("script-src"))
                .anySatisfy(
                        m -> assertThat(m).contains("Content Security Policy").contains("style-src"));
    }
}
