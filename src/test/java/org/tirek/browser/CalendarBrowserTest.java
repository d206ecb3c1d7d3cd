package org.tirek.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.TestFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The calendar in the browser: a lawyer finds a hearing and the deadlines of an arrest in the month
 * and the week, moves between months, subscribes a calendar application (the feed parses with ical4j
 * and names no one), revokes the address, and reads the month on a phone in Russian.
 */
@TirekTest
class CalendarBrowserTest extends BrowserTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");
    static final String TITLE = "Extradition of Aliya requested by Kazakhstan";

    @Autowired
    Vault vault;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Cases caseApi;

    @Autowired
    Clock clock;

    @BeforeEach
    void vaultUnsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aLawyerSeesTheMonthAndTheWeekAndSubscribesACalendarApplication() throws Exception {
        String lawyer = accounts.create(Role.LAWYER).value();
        String backup = accounts.create(Role.LAWYER).value();
        TirekUser lead = accounts.principal(Username.of(lawyer));
        CaseId caseId = CaseId.of(cases.open(lead, accounts.principal(Username.of(backup))));
        String reference = caseApi.references(List.of(caseId)).get(caseId);
        LocalDate today = LocalDate.now(clock.withZone(PODGORICA));
        ProceedingSummary p = proceedings.open(
                lead,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        TITLE,
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        today.minusDays(5),
                        lawyer,
                        backup));
        OccurredAt yesterday = new OccurredAt(
                today.minusDays(1).atTime(10, 30).atZone(PODGORICA).toInstant(), PODGORICA, false);
        proceedings.record(
                lead, p.id(), new NewEvent("ARRESTED_ON_PROVISIONAL_REQUEST", yesterday, null, Map.of(), null));
        LocalDate hearingDay = today.plusDays(2);
        UUID hearing = proceedings
                .record(
                        lead,
                        p.id(),
                        new NewEvent(
                                "HEARING_SCHEDULED",
                                yesterday,
                                null,
                                Map.of(
                                        "hearingAt",
                                        hearingDay
                                                .atTime(LocalTime.of(11, 0))
                                                .atZone(PODGORICA)
                                                .toOffsetDateTime()
                                                .toString()),
                                null))
                .id();

        browser.signIn(lawyer, TestFixtures.PASSWORD);
        browser.submit(By.linkText(msg("layout.nav.calendar", EN)));
        assertThat(browser.path()).isEqualTo("/calendar");
        assertThat(browser.heading()).isEqualTo(msg("calendar.title", EN));
        By hearingCell = By.cssSelector("td[data-date='" + hearingDay + "'] .entry-hearing");
        assertThat(browser.text(hearingCell)).contains("11:00", msg("calendar.kind.HEARING", EN), reference);
        assertThat(browser.all(By.cssSelector("[data-testid=calendar] .entry-deadline")))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getText()).contains(reference));
        assertThat(browser.all(By.cssSelector("td.today"))).hasSize(1);
        browser.assertCleanConsole();
        browser.screenshot("500-calendar-month");

        // the week of the hearing
        browser.open("/calendar?view=week&date=" + hearingDay);
        assertThat(browser.all(By.cssSelector("[data-testid=calendar] tbody td")))
                .hasSize(7);
        assertThat(browser.text(hearingCell)).contains(reference);
        browser.submit(By.cssSelector("[data-testid=entry-link-" + hearing + "]"));
        assertThat(browser.path()).isEqualTo("/proceedings/" + p.id());
        browser.open("/calendar?view=week&date=" + hearingDay);
        browser.assertCleanConsole();
        browser.screenshot("501-calendar-week");

        // next month and back
        browser.open("/calendar");
        String period = browser.text(By.cssSelector("[data-testid=period]"));
        browser.submit(By.cssSelector("[data-testid=next]"));
        assertThat(browser.text(By.cssSelector("[data-testid=period]"))).isNotEqualTo(period);
        browser.submit(By.cssSelector("[data-testid=previous]"));
        assertThat(browser.text(By.cssSelector("[data-testid=period]"))).isEqualTo(period);

        // a date that makes no sense: said so, this month shown
        browser.open("/calendar?date=31-12-2026");
        assertThat(browser.text(By.cssSelector("[data-testid=calendar-error]")))
                .isEqualTo(msg("calendar.error.date", EN));
        assertThat(browser.text(By.cssSelector("[data-testid=period]"))).isEqualTo(period);
        assertThat(browser.consoleProblems()).singleElement().asString().contains("status of 400");

        // subscribing: the address is shown once and the feed names no one
        assertThat(browser.text(By.cssSelector("[data-testid=feed-state]"))).isEqualTo(msg("calendar.feed.none", EN));
        browser.submit(By.cssSelector("[data-testid=create-feed]"));
        String address = browser.find(By.id("feed-url")).getAttribute("value");
        assertThat(address).matches("http://localhost:\\d+/feeds/cal_[A-Za-z0-9_-]{43}\\.ics");
        browser.assertCleanConsole();
        browser.screenshot("502-calendar-feed-created");
        HttpResponse<String> feed = fetch(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(feed.headers().allValues("Set-Cookie")).isEmpty();
        List<VEvent> events =
                new CalendarBuilder().build(new StringReader(feed.body())).getComponents("VEVENT");
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains(reference + " · Hearing · Extradition")
                .allSatisfy(s -> assertThat(s).startsWith(reference));
        assertThat(feed.body()).doesNotContain("Aliya", "Kazakhstan", lawyer, backup);

        browser.open("/calendar");
        assertThat(browser.text(By.cssSelector("[data-testid=feed-state]"))).contains("UTC");
        assertThat(browser.all(By.id("feed-url"))).isEmpty();
        browser.submit(By.cssSelector("[data-testid=revoke-feed]"));
        assertThat(browser.text(By.cssSelector("[data-testid=feed-revoked]")))
                .isEqualTo(msg("calendar.feed.revoked", EN));
        assertThat(fetch(address).statusCode()).isEqualTo(404);
        browser.screenshot("503-calendar-feed-revoked");

        // on a phone, in Russian: the days with something on them, one under another
        browser.resize(390, 844);
        browser.open("/calendar?lang=ru");
        assertThat(browser.heading()).isEqualTo(msg("calendar.title", RU));
        assertThat(browser.find(hearingCell).isDisplayed()).isTrue();
        assertThat(browser.sidewaysScroll()).isEmpty();
        browser.assertCleanConsole();
        browser.screenshot("504-calendar-phone-ru");
        browser.open("/calendar?lang=en");
    }

    private static HttpResponse<String> fetch(String address) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create(address)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
