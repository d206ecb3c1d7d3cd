package org.tirek.browser;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.tirek.support.TestFixtures;

/**
 * Base of the browser tests: one Chromium per test class (started lazily, closed after the class),
 * a fresh session and English before every test. Subclasses carry {@code @TirekTest}, so they share
 * the one Spring context and its database with every other full-stack test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final Locale EN = Locale.ENGLISH;
    static final Locale RU = Locale.of("ru");
    static final Locale KK = Locale.of("kk");

    @LocalServerPort
    int port;

    @Autowired
    TestFixtures.Accounts accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    TestFixtures.CaseFixtures cases;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) browser.close();
    }

    @BeforeEach
    void freshSession() {
        if (browser.port() != port) { // a context closed by @DirtiesContext comes back on another port
            browser.close();
            browser = Browser.start(port);
        }
        browser.reset();
    }

    /** Opens a case with the account {@code username} on its team (needs an unsealed vault). */
    UUID caseOf(String username) {
        return cases.open(accounts.principal(org.tirek.identity.Username.of(username)));
    }

    /** A message as the application renders it, for assertions that follow the bundles. */
    String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
