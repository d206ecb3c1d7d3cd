package org.tirek.proceedings.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingEvent;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.support.Principals;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The calendar on the database: hearings (cancelled and voided ones left out) and deadlines of the
 * cases a user may see, and the secret iCal feed — stored only as a hash, carrying only references
 * and event types, dead once revoked or replaced.
 */
@TirekTest
class CalendarIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Calendars calendars;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    Proceedings proceedings;

    @Autowired
    Cases caseApi;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MockMvc mvc;

    TirekUser lead;
    TirekUser backup;
    CaseId caseId;
    String reference;
    Instant now;

    @BeforeEach
    void aCaseWithTwoLawyers() {
        VaultFixture.unsealed(vault);
        lead = accounts.user(Role.LAWYER);
        backup = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lead, backup));
        reference = caseApi.references(List.of(caseId)).get(caseId);
        now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void aTeamSeesItsHearingsAndDeadlinesOthersNothingAndCoordinatorsEverything() {
        ProceedingSummary p = extradition();
        ProceedingEvent hearing = hearing(p, now.plus(Duration.ofDays(3)));
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", Map.of());

        List<CalendarEntry> mine =
                calendars.between(lead, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)));
        assertThat(mine)
                .filteredOn(e -> e.kind() == CalendarEntry.Kind.HEARING)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.id()).isEqualTo(hearing.id());
                    assertThat(e.at()).isEqualTo(now.plus(Duration.ofDays(3)));
                    assertThat(e.caseReference()).isEqualTo(reference);
                    assertThat(e.proceedingType()).isEqualTo(ProceedingType.EXTRADITION);
                    assertThat(e.held()).isFalse();
                });
        assertThat(mine)
                .filteredOn(e -> e.kind() == CalendarEntry.Kind.DEADLINE)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.caseReference()).isEqualTo(reference))
                .extracting(CalendarEntry::label)
                .doesNotContainNull();
        assertThat(mine).isSortedAccordingTo(java.util.Comparator.comparing(CalendarEntry::at));

        TirekUser stranger = accounts.user(Role.LAWYER);
        assertThat(calendars.between(stranger, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60))))
                .noneMatch(e -> e.caseId().equals(caseId));
        assertThat(calendars.between(accounts.user(Role.ANALYST), now, now.plus(Duration.ofDays(60))))
                .isEmpty();
        assertThat(calendars.between(accounts.user(Role.COORDINATOR), now, now.plus(Duration.ofDays(60))))
                .extracting(CalendarEntry::id)
                .contains(hearing.id());
    }

    @Test
    void cancelledAndVoidedHearingsLeaveTheCalendarAndHeldOnesSaySo() {
        ProceedingSummary p = extradition();
        ProceedingEvent cancelled = hearing(p, now.plus(Duration.ofDays(2)));
        record(p, "HEARING_CANCELLED", Map.of("hearing", cancelled.id().toString()));
        ProceedingEvent mistaken = hearing(p, now.plus(Duration.ofDays(4)));
        proceedings.record(
                lead,
                p.id(),
                new NewEvent(
                        "CORRECTION", new OccurredAt(now, PODGORICA, false), "Wrong date", Map.of(), mistaken.id()));
        ProceedingEvent past = hearing(p, now.minus(Duration.ofDays(2)));
        record(p, "HEARING_HELD", Map.of("hearing", past.id().toString()));
        ProceedingEvent later = hearing(p, now.plus(Duration.ofDays(20)));

        List<CalendarEntry> hearings =
                calendars.between(lead, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(30))).stream()
                        .filter(e -> e.kind() == CalendarEntry.Kind.HEARING)
                        .toList();
        assertThat(hearings).extracting(CalendarEntry::id).containsExactly(past.id(), later.id());
        assertThat(hearings).extracting(CalendarEntry::held).containsExactly(true, false);
        // the range is half-open: a hearing at its end is in the next range
        assertThat(calendars.between(lead, now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(20))))
                .extracting(CalendarEntry::id)
                .doesNotContain(later.id());
    }

    @Test
    void aRangeBackwardsOrLongerThan400DaysIsRefused() {
        assertThatThrownBy(() -> calendars.between(lead, now, now))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("before its end");
        assertThatThrownBy(() -> calendars.between(lead, now, now.plus(Duration.ofDays(401))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("400 days");
    }

    @Test
    void theFeedCarriesOnlyReferencesAndEventTypesAndDiesWhenRevokedOrReplaced() throws Exception {
        ProceedingSummary p = extradition();
        ProceedingEvent hearing = hearing(p, now.plus(Duration.ofDays(5)));
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", Map.of());
        CalendarFeeds.IssuedFeed issued = feeds.issue(lead);
        assertThat(issued.token()).startsWith("cal_").hasSize(47);
        assertThat(issued.toString()).doesNotContain(issued.token());
        // only a hash is stored
        List<byte[]> stored = jdbc.sql("select token_hash from calendar_feed where id = :id")
                .param("id", issued.id())
                .query(byte[].class)
                .list();
        assertThat(stored)
                .singleElement()
                .satisfies(h -> assertThat(h)
                        .hasSize(32)
                        .isNotEqualTo(issued.token().getBytes(java.nio.charset.StandardCharsets.US_ASCII)));

        String body = mvc.perform(get("/feeds/" + issued.token() + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Calendar parsed = new CalendarBuilder().build(new StringReader(body));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .allSatisfy(s -> assertThat(s).startsWith(reference + " · "))
                .contains(reference + " · Hearing · Extradition")
                .anySatisfy(s -> assertThat(s).startsWith(reference + " · Deadline · Extradition"));
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue()).contains(hearing.id() + "@tirek");
        assertThat(body)
                .doesNotContain(p.title())
                .doesNotContain(lead.getUsername())
                .doesNotContain(backup.getUsername())
                .doesNotContain("DESCRIPTION", "LOCATION", "ATTENDEE");
        assertThat(jdbc.sql("select last_used_at from calendar_feed where id = :id")
                        .param("id", issued.id())
                        .query(Instant.class)
                        .single())
                .isNotNull();

        // replaced: the old address is dead, the new one works
        CalendarFeeds.IssuedFeed replacement = feeds.issue(lead);
        mvc.perform(get("/feeds/" + issued.token() + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/feeds/" + replacement.token() + ".ics")).andExpect(status().isOk());
        // revoked: dead, and nothing in force
        assertThat(feeds.revoke(lead)).isTrue();
        assertThat(feeds.current(lead)).isEmpty();
        mvc.perform(get("/feeds/" + replacement.token() + ".ics")).andExpect(status().isNotFound());
        assertThat(feeds.revoke(lead)).isFalse();
        // made-up addresses answer like revoked ones
        mvc.perform(get("/feeds/cal_" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/feeds/nonsense.ics")).andExpect(status().isNotFound());
    }

    @Test
    void theApiAnswersARangeAndRefusesABadOne() throws Exception {
        ProceedingSummary p = extradition();
        ProceedingEvent hearing = hearing(p, now.plus(Duration.ofDays(1)));
        mvc.perform(get("/api/v1/calendar")
                        .param("from", now.toString())
                        .param("until", now.plus(Duration.ofDays(7)).toString())
                        .with(Principals.as(lead)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'HEARING')].id")
                        .value(hearing.id().toString()))
                .andExpect(jsonPath("$[0].caseReference").value(reference));
        mvc.perform(get("/api/v1/calendar")
                        .param("from", "yesterday")
                        .param("until", now.toString())
                        .with(Principals.as(lead)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("from is an instant")));
        mvc.perform(get("/api/v1/calendar")
                        .param("from", now.toString())
                        .param("until", now.minus(Duration.ofDays(1)).toString())
                        .with(Principals.as(lead)))
                .andExpect(status().isUnprocessableEntity());
    }

    @Test
    void thePageRefusesABadDateWith400AndKeepsTheFeed() throws Exception {
        CalendarFeeds.IssuedFeed issued = feeds.issue(lead);
        mvc.perform(get("/calendar").param("date", "31/12/2026").with(Principals.as(lead)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/calendar").param("view", "year").with(Principals.as(lead)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/calendar")
                        .param("view", "week")
                        .param("date", LocalDate.now(clock).toString())
                        .with(Principals.as(lead)))
                .andExpect(status().isOk());
        assertThat(feeds.current(lead))
                .hasValueSatisfying(f -> assertThat(f.id()).isEqualTo(issued.id()));
        // revoking through the page
        mvc.perform(post("/calendar/feed/revoke").with(csrf()).with(Principals.as(lead)))
                .andExpect(status().is3xxRedirection());
        assertThat(feeds.current(lead)).isEmpty();
    }

    private ProceedingSummary extradition() {
        return proceedings.open(
                lead,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition of A. " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        "KZ",
                        LocalDate.now(clock).minusDays(30),
                        lead.getUsername(),
                        backup.getUsername()));
    }

    private ProceedingEvent hearing(ProceedingSummary p, Instant at) {
        return record(
                p,
                "HEARING_SCHEDULED",
                Map.of("hearingAt", at.atOffset(ZoneOffset.ofHours(1)).toString()));
    }

    private ProceedingEvent record(ProceedingSummary p, String type, Map<String, String> attributes) {
        return proceedings.record(
                lead,
                p.id(),
                new NewEvent(type, new OccurredAt(now.minusSeconds(60), PODGORICA, false), null, attributes, null));
    }
}
