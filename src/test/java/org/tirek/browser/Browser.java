package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a test class, driven through Debian's {@code chromium} and
 * {@code chromedriver} (no Selenium Manager, no download). The browser console is captured so that
 * tests can require pages to load without Content-Security-Policy violations or script errors.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);

    private final ChromeDriver driver;
    private final Path profile;
    private final int port;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path profile, int port) {
        this.driver = driver;
        this.profile = profile;
        this.port = port;
        this.baseUrl = "http://localhost:" + port;
    }

    /** Starts Chromium for the server on {@code port}; skips the test when Chromium is not installed. */
    static Browser start(int port) {
        assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + ": browser tests skipped");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + ": browser tests skipped");
        Path profile;
        try {
            profile = Files.createTempDirectory("chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                // Bootstrap scrolls smoothly unless motion is reduced; a click during a scroll misses
                "--force-prefers-reduced-motion",
                "--user-data-dir=" + profile,
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile, port);
    }

    WebDriver driver() {
        return driver;
    }

    /** The port of the server this browser was started for. */
    int port() {
        return port;
    }

    /** Forgets the session and the language cookie and returns to the desktop size between tests. */
    void reset() {
        driver.get(baseUrl + "/img/tirek.svg"); // cookies can only be cleared on the site; this creates no session
        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(DESKTOP);
        unthrottle();
        consoleProblems(); // drop whatever the previous test left in the console buffer
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path and query of the current page, such as {@code /login?error}. */
    String path() {
        String url = driver.getCurrentUrl();
        return url == null ? "" : url.substring(baseUrl.length());
    }

    void signIn(String username, String password) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        submit(By.cssSelector("form[action$='/login'] button[type=submit]"));
    }

    void signOut() {
        submit(By.cssSelector("form[action$='/logout'] button[type=submit]"));
    }

    void type(By field, String text) {
        WebElement input = find(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Clicks a button, or follows a link with the Enter key as a keyboard user does, and waits until
     * the old page is gone. Links are not clicked with the mouse: on a page opened at a fragment
     * (after {@code ...#consent-1}), Chromium 156 sometimes sends a mouse click that follows a scroll
     * to the element around the link instead of to the link itself, and the page stays.
     */
    void submit(By control) {
        WebElement old = driver.findElement(By.tagName("html"));
        WebElement target = find(control);
        // instant: Bootstrap makes scrolling smooth, and a click during the animation lands elsewhere
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        if ("a".equals(target.getTagName()) && target.getAttribute("href") != null) {
            target.sendKeys(Keys.ENTER);
        } else {
            target.click();
        }
        try {
            waiter().until(d -> gone(old));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "the page stayed after " + control + " was used, at " + path() + "; at its centre is "
                            + js("""
                                    const r = arguments[0].getBoundingClientRect();
                                    const e = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
                                    return e ? e.outerHTML.substring(0, 300) : 'nothing';
                                    """, target),
                    e);
        }
        waiter().until(d -> "complete".equals(js("return document.readyState")));
    }

    /**
     * Whether the element has left the page. Chromium sometimes answers a question about an element of
     * a page that was just replaced with "Node with given id does not belong to the document" instead
     * of a stale-element error; both mean the old page is gone.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) return true;
            throw e;
        }
    }

    WebElement find(By by) {
        return waiter().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    String text(By by) {
        return find(by).getText().strip();
    }

    String heading() {
        return text(By.tagName("h1"));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    WebDriverWait waiter() {
        // generous: on a loaded 2-core machine a POST and its page can take longer than a few seconds
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * What makes the page scroll sideways: empty when it fits the window's width, otherwise the
     * innermost elements that reach past its right edge (tag, id and classes), for the failure message.
     */
    List<String> sidewaysScroll() {
        @SuppressWarnings("unchecked")
        List<String> culprits = (List<String>) js("""
                if (document.documentElement.scrollWidth <= window.innerWidth) return [];
                const past = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5);
                return past.filter(e => !past.some(inner => inner !== e && e.contains(inner)))
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + [...e.classList].map(c => '.' + c).join(''));
                """);
        return culprits;
    }

    /** The width CSS media queries see. */
    long viewportWidth() {
        return ((Number) js("return window.innerWidth")).longValue();
    }

    /**
     * Saves what the pages send as attachments into {@code dir}, without asking; headless Chromium
     * refuses downloads until told where to put them.
     */
    void saveDownloadsIn(Path dir) {
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", dir.toAbsolutePath().toString()));
    }

    /**
     * Clicks a control whose answer is an attachment (the page stays) and waits until the file
     * {@code name} is complete in {@code dir}, which {@link #saveDownloadsIn} named.
     */
    Path download(By control, Path dir, String name) {
        WebElement target = find(control);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
        target.click();
        Path file = dir.resolve(name);
        waiter().until(d -> Files.isRegularFile(file) && noPartialDownloads(dir));
        return file;
    }

    private static boolean noPartialDownloads(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Slows what the page sends to {@code bytesPerSecond} (answers are not slowed), to watch an upload. */
    void throttleUploads(long bytesPerSecond) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", bytesPerSecond));
    }

    void unthrottle() {
        driver.executeCdpCommand(
                "Network.emulateNetworkConditions",
                Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /**
     * Saves the whole page (not only the visible part) as {@code target/screenshots/<name>.png}, through
     * the DevTools protocol so that the window keeps its size.
     */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            // the full-height capture drops the scroll bar, so the page is laid out over the whole window width
            Number width = (Number) js("return window.innerWidth");
            Number height = (Number) js("return Math.ceil(document.documentElement.scrollHeight)");
            Map<String, Object> shot = driver.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "format",
                            "png",
                            "captureBeyondViewport",
                            true,
                            "clip",
                            Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Console entries since the last call that show something wrong with the page: every error and
     * every Content-Security-Policy report, whatever its level. Reading empties the buffer.
     */
    List<String> consoleProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
                    || message.contains("Content Security Policy")
                    || message.contains("Content-Security-Policy")) {
                problems.add(entry.getLevel() + " " + message);
            }
        }
        return problems;
    }

    /** Fails on any console error or CSP report since the last check. */
    void assertCleanConsole() {
        assertThat(consoleProblems()).as("browser console on %s", path()).isEmpty();
    }

    /** Like {@link #assertCleanConsole()} but tolerates the entries {@code expected} accepts. */
    void assertCleanConsoleExcept(Predicate<String> expected) {
        assertThat(consoleProblems().stream().filter(expected.negate()).toList())
                .as("browser console on %s", path())
                .isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a leftover profile in target/ is harmless
        }
    }
}
