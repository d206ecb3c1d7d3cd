package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/** On a phone the menu folds behind the toggler, and Bootstrap's script (CSP-clean) unfolds it. */
@TirekTest
class PhoneBrowserTest extends BrowserTest {

    static final By USERS_LINK = By.cssSelector("#nav a[href$='/admin/users']");

    @Test
    void theMenuFoldsOnAPhoneAndTheTogglerOpensIt() {
        browser.resize(390, 844);
        assertThat(browser.viewportWidth()).isLessThan(768);
        Username admin = accounts.create(Role.ADMIN);

        browser.open("/login");
        assertThat(browser.all(By.cssSelector(".navbar-toggler")))
                .as("nothing to fold before sign-in")
                .isEmpty();
        browser.screenshot("40-phone-login");

        browser.signIn(admin.value(), TestFixtures.PASSWORD);
        assertThat(browser.heading()).isEqualTo("Dashboard");
        WebElement toggler = browser.find(By.cssSelector(".navbar-toggler"));
        WebElement menu = browser.find(By.id("nav"));
        assertThat(toggler.isDisplayed()).isTrue();
        assertThat(toggler.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(menu.isDisplayed()).isFalse();
        assertThat(browser.find(USERS_LINK).isDisplayed()).isFalse();
        assertThat(noHorizontalScroll()).isTrue();
        browser.assertCleanConsole();
        browser.screenshot("41-phone-dashboard");

        toggler.click();
        browser.waiter().until(ExpectedConditions.attributeContains(menu, "class", "show"));
        browser.waiter().until(d -> !menu.getAttribute("class").contains("collapsing"));
        assertThat(toggler.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.find(USERS_LINK).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("[data-testid=signed-in]")).isDisplayed())
                .isTrue();
        assertThat(browser.find(By.cssSelector("form[action$='/logout'] button"))
                        .isDisplayed())
                .isTrue();
        browser.assertCleanConsole();
        browser.screenshot("42-phone-menu-open");

        browser.submit(USERS_LINK);
        assertThat(browser.heading()).isEqualTo("Users");
        assertThat(noHorizontalScroll()).isTrue();
        browser.screenshot("43-phone-users");

        browser.submit(By.id("lang-kk"));
        browser.open("/account/tokens");
        assertThat(browser.heading()).isEqualTo(msg("tokens.title", KK));
        assertThat(noHorizontalScroll()).isTrue();
        browser.assertCleanConsole();
        browser.screenshot("44-phone-tokens-kk");
    }

    /** A tablet in portrait still folds the menu: the full bar of an administrator does not fit. */
    @Test
    void aTabletFoldsTheMenuToo() {
        browser.resize(820, 1180);
        assertThat(browser.viewportWidth()).isBetween(768L, 991L);
        browser.signIn(accounts.create(Role.ADMIN).value(), TestFixtures.PASSWORD);
        browser.submit(By.id("lang-kk"));
        assertThat(browser.heading()).isEqualTo(msg("dashboard.title", KK));
        assertThat(browser.find(By.cssSelector(".navbar-toggler")).isDisplayed())
                .isTrue();
        assertThat(noHorizontalScroll()).isTrue();
        browser.find(By.cssSelector(".navbar-toggler")).click();
        browser.waiter()
                .until(d -> browser.find(USERS_LINK).isDisplayed()
                        && !browser.find(By.id("nav")).getAttribute("class").contains("collapsing"));
        browser.assertCleanConsole();
        browser.screenshot("45-tablet-menu-open-kk");
    }

    boolean noHorizontalScroll() {
        return (Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth");
    }
}
