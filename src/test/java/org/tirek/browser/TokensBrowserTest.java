package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tirek.identity.Role;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;

/** Personal API tokens: created in the browser, shown exactly once, usable, then revoked. */
@TirekTest
class TokensBrowserTest extends BrowserTest {

    @Test
    void aTokenIsShownOnceWorksAndIsRevoked() throws Exception {
        Username user = accounts.create(Role.LAWYER);
        browser.signIn(user.value(), TestFixtures.PASSWORD);
        browser.submit(By.linkText("API tokens"));
        assertThat(browser.path()).isEqualTo("/account/tokens");
        assertThat(browser.heading()).isEqualTo("Personal API tokens");
        assertThat(browser.text(By.id("main"))).contains("You have no tokens.");
        browser.assertCleanConsole();

        // an empty label is refused next to the field
        browser.submit(By.cssSelector("main form button[type=submit]"));
        assertThat(browser.find(By.id("label-error")).isDisplayed()).isTrue();
        assertThat(browser.text(By.id("label-error"))).isEqualTo("Give the token a label of 1 to 100 characters.");
        assertThat(browser.all(By.cssSelector("[data-testid=issued-token]"))).isEmpty();

        browser.type(By.id("label"), "nightly export");
        browser.submit(By.cssSelector("main form button[type=submit]"));
        String secret = browser.text(By.cssSelector("[data-testid=issued-token]"));
        assertThat(secret).matches("trk_[A-Za-z0-9_-]{43}");
        assertThat(browser.text(By.cssSelector(".alert-success")))
                .startsWith("Copy this token now. It will not be shown again:");
        assertThat(row("nightly export").getText()).contains("Never", "Active", "Revoke");
        assertThat(browser.all(By.id("label-error"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("20-token-issued");

        assertThat(me(secret)).as("the token authenticates API calls").isEqualTo(200);

        // shown once: the list no longer carries the secret, but knows the token was used
        browser.open("/account/tokens");
        assertThat(browser.all(By.cssSelector("[data-testid=issued-token]"))).isEmpty();
        assertThat(browser.driver().getPageSource()).doesNotContain(secret);
        assertThat(row("nightly export").getText()).contains("Active").doesNotContain("Never");

        row("nightly export").findElement(By.tagName("button")).click();
        browser.waiter().until(d -> browser.path().equals("/account/tokens?revoked"));
        assertThat(browser.text(By.cssSelector(".alert-info"))).isEqualTo("The token has been revoked.");
        assertThat(row("nightly export").getText()).contains("Revoked");
        assertThat(row("nightly export").findElements(By.tagName("button"))).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("21-token-revoked");

        assertThat(me(secret)).as("a revoked token is refused").isEqualTo(401);
    }

    WebElement row(String label) {
        return browser.find(By.xpath("//main//tr[td[1][normalize-space()='" + label + "']]"));
    }

    int me(String token) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                    .header("Authorization", "Bearer " + token)
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
