package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/** An administrator creates accounts on the users page; mistakes come back next to the field. */
@TirekTest
class AdminUsersBrowserTest extends BrowserTest {

    @Test
    void anAdministratorCreatesAUserAfterCorrectingAnInvalidName() {
        Username admin = accounts.create(Role.ADMIN);
        String newcomer = "lawyer." + UUID.randomUUID().toString().substring(0, 8);
        String oneTimePassword = "hand this over in person";

        browser.signIn(admin.value(), TestFixtures.PASSWORD);
        browser.submit(By.linkText("Users"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        assertThat(browser.heading()).isEqualTo("Users");
        assertThat(row(admin.value()).getText()).contains("Administrator", "Active");
        assertThat(row("admin").getText()).as("the first administrator").contains("Must change password");
        browser.assertCleanConsole();

        browser.type(By.id("new-username"), "Not A Handle!");
        new Select(browser.find(By.id("new-role"))).selectByVisibleText("Lawyer");
        browser.type(By.id("new-password"), oneTimePassword);
        browser.submit(By.cssSelector("main form.card button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/users");
        WebElement error = browser.find(By.id("new-username-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).isEqualTo(msg("users.error.username", EN));
        assertThat(browser.find(By.id("new-username")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.find(By.id("new-username")).getAttribute("value")).isEqualTo("Not A Handle!");
        assertThat(new Select(browser.find(By.id("new-role")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Lawyer");
        assertThat(browser.find(By.id("new-password")).getAttribute("value"))
                .as("never sent back")
                .isEmpty();
        assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);
        assertThat(browser.text(By.cssSelector("[data-testid=form-errors]"))).isEqualTo(msg("users.notCreated", EN));
        assertThat(browser.js("return document.activeElement.id"))
                .as("focus on the field to fix")
                .isEqualTo("new-username");
        assertThat(browser.all(By.cssSelector(".alert-success"))).isEmpty();
        assertThat(browser.find(By.id("new-username-error")).isDisplayed())
                .as("scrolled into view")
                .isTrue();
        browser.assertCleanConsole();
        browser.screenshot("30-users-invalid-name");

        browser.type(By.id("new-username"), newcomer);
        browser.type(By.id("new-password"), oneTimePassword);
        browser.submit(By.cssSelector("main form.card button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/admin/users?created");
        assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("The user has been created.");
        assertThat(row(newcomer).getText()).contains("Lawyer", "Active", "Must change password");
        assertThat(browser.all(By.cssSelector(".is-invalid"))).isEmpty();
        assertThat(browser.all(By.cssSelector("[data-testid=form-errors]"))).isEmpty();
        assertThat(browser.find(By.id("new-username")).getAttribute("value")).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("31-users-created");

        // the newcomer signs in with the one-time password and is sent to change it
        browser.signOut();
        browser.signIn(newcomer, oneTimePassword);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.text(By.cssSelector("[data-testid=signed-in]"))).contains(newcomer, "Lawyer");
        browser.assertCleanConsole();
    }

    @Test
    void noRoleIsPreselectedAndATakenNameIsRefused() {
        Username admin = accounts.create(Role.ADMIN);
        browser.signIn(admin.value(), TestFixtures.PASSWORD);
        browser.open("/admin/users?lang=ru");
        Select role = new Select(browser.find(By.id("new-role")));
        assertThat(role.getFirstSelectedOption().getText()).isEqualTo(msg("users.role.choose", RU));

        browser.type(By.id("new-username"), admin.value());
        browser.type(By.id("new-password"), "long enough one-time password");
        browser.submit(By.cssSelector("main form.card button[type=submit]"));
        assertThat(browser.text(By.id("new-role-error"))).isEqualTo(msg("users.error.role", RU));
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("new-role");
        browser.assertCleanConsole();
        browser.screenshot("32-users-no-role-ru");

        new Select(browser.find(By.id("new-role"))).selectByVisibleText(msg("role.ANALYST", RU));
        browser.type(By.id("new-password"), "long enough one-time password");
        browser.submit(By.cssSelector("main form.card button[type=submit]"));
        assertThat(browser.text(By.id("new-username-error"))).isEqualTo(msg("users.error.username", RU));
        assertThat(browser.all(By.cssSelector(".is-invalid"))).hasSize(1);
        assertThat(browser.all(By.xpath("//main//tr[td[1][normalize-space()='" + admin.value() + "']]")))
                .hasSize(1);
    }

    WebElement row(String username) {
        return browser.find(By.xpath("//main//tr[td[1][normalize-space()='" + username + "']]"));
    }
}
