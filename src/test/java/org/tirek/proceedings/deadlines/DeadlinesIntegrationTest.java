package org.tirek.proceedings.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseTask;
import org.tirek.cases.CaseTasks;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.Confidence;
import org.tirek.proceedings.Deadline;
import org.tirek.proceedings.DeadlineQuery;
import org.tirek.proceedings.DeadlineStatus;
import org.tirek.proceedings.Deadlines;
import org.tirek.proceedings.DeadlinesRecomputed;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingEvent;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.proceedings.machine.IllegalEventException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Deadlines end to end on the database: computed in the transaction that records an event, recomputed
 * when events are corrected, overridden, acknowledged and waived by the team only, escalated once
 * to the backup lawyer, and seen across cases by coordinators without their reasons.
 */
@TirekTest
class DeadlinesIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");

    @Autowired
    Proceedings proceedings;

    @Autowired
    Deadlines deadlines;

    @Autowired
    DeadlineWatch watch;

    @Autowired
    DeadlineRecompute recompute;

    @Autowired
    org.tirek.proceedings.rules.RulePacks packs;

    @Autowired
    CaseTasks tasks;

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
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventMulticaster multicaster;

    TirekUser lead;
    TirekUser backup;
    CaseId caseId;

    @BeforeEach
    void aCaseWithALeadAndABackupLawyer() {
        VaultFixture.unsealed(vault);
        lead = accounts.user(Role.LAWYER);
        backup = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lead, backup));
    }

    @Test
    void anArrestStartsTheLimitsOfTheRequestingStatesKindAndTheirEventsMeetThem() {
        ProceedingSummary p = extradition("KZ");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");

        assertThat(deadlines.ofProceeding(lead, p.id()))
                .extracting(d -> d.basis().ruleId())
                .containsExactly("ME-CPC-FIRST-HEARING", "ME-FORMAL-REQUEST-18D", "ME-FORMAL-REQUEST-45D");
        Deadline hearing = rule(p, "ME-CPC-FIRST-HEARING");
        assertThat(hearing.dueAt()).isEqualTo("2025-04-16T10:30+02:00[Europe/Podgorica]");
        assertThat(hearing.basis().confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(hearing.basis().citation()).contains("CPC Art. 176(4)").contains("[S10]");
        assertThat(hearing.status()).isEqualTo(DeadlineStatus.OVERDUE);
        Deadline request = rule(p, "ME-FORMAL-REQUEST-18D");
        // 14 April counts as the first day (the earlier reading): the 18th day is 1 May
        assertThat(request.computed().dueDate()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(request.endOfDay()).isTrue();
        assertThat(request.computed().counting()).contains("18 calendar days").contains("the earlier reading");
        assertThat(request.leadLawyer()).isEqualTo(lead.getUsername());

        record(p, "RELEASED_WITH_MEASURES", "2025-04-15");
        record(p, "FORMAL_REQUEST_RECEIVED", "2025-04-28");
        assertThat(deadlines.ofProceeding(lead, p.id()))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo(DeadlineStatus.MET))
                .extracting(d -> d.closure().eventType())
                .containsExactlyInAnyOrder(
                        "RELEASED_WITH_MEASURES", "FORMAL_REQUEST_RECEIVED", "FORMAL_REQUEST_RECEIVED");
    }

    @Test
    void aConventionStateGetsTheConventionsLimitsVerified() {
        ProceedingSummary p = extradition("RS");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");
        assertThat(deadlines.ofProceeding(lead, p.id()))
                .filteredOn(d -> d.basis().ruleId().startsWith("ECE-16-4"))
                .extracting(d -> d.basis().confidence())
                .containsExactly(Confidence.VERIFIED, Confidence.VERIFIED);
    }

    @Test
    void aCorrectionRemovesTheDeadlineOfTheEventItVoidsAndALateEntryMeetsIt() {
        ProceedingSummary p = extradition("KZ");
        record(p, "FORMAL_REQUEST_RECEIVED", "2025-04-01");
        record(p, "INVESTIGATING_JUDGE_SEIZED", "2025-04-02");
        record(p, "FILE_SENT_TO_PANEL", "2025-05-02");
        ProceedingEvent decision = record(p, "PANEL_FOUND_CONDITIONS_MET", "2025-06-10");
        assertThat(rule(p, "ME-EXTRADITION-APPEAL").computed().dueDate()).isEqualTo(LocalDate.of(2025, 6, 12));

        proceedings.record(
                lead,
                p.id(),
                new NewEvent(
                        "CORRECTION",
                        OccurredAt.ofDate(LocalDate.of(2025, 6, 11), PODGORICA),
                        "entered on the wrong proceeding",
                        Map.of(),
                        decision.id()));
        assertThat(deadlines.ofProceeding(lead, p.id())).isEmpty();

        record(p, "PANEL_FOUND_CONDITIONS_MET", "2025-06-11");
        record(p, "APPEAL_LODGED", "2025-06-12");
        assertThat(deadlines.ofProceeding(lead, p.id())).singleElement().satisfies(d -> {
            assertThat(d.computed().dueDate()).isEqualTo(LocalDate.of(2025, 6, 13));
            assertThat(d.status()).isEqualTo(DeadlineStatus.MET);
        });
    }

    @Test
    void aNewRemovalDateReplacesTheRule39DeadlineAndCountsBackInStrasbourgsWorkingDays() {
        ProceedingSummary p = extraditionAt("SURRENDER_AUTHORISED");
        record(p, "SURRENDER_DATE_SET", "2026-03-02", Map.of("surrenderOn", "2026-03-16"));
        record(p, "SURRENDER_DATE_SET", "2026-03-09", Map.of("surrenderOn", "2026-03-23"));
        List<Deadline> rule39 = deadlines.ofProceeding(lead, p.id()).stream()
                .filter(d -> d.basis().ruleId().equals("ECHR-RULE39-BEFORE-REMOVAL"))
                .toList();
        assertThat(rule39).hasSize(2);
        assertThat(rule39.get(0).status()).isEqualTo(DeadlineStatus.WAIVED);
        assertThat(rule39.get(0).closure().cause()).isEqualTo("SUPERSEDED");
        // two working days before Monday 23 March, at 16:00 in Strasbourg: Thursday 19 March
        assertThat(rule39.get(1).dueAt()).isEqualTo("2026-03-19T16:00+01:00[Europe/Paris]");
        assertThat(rule39.get(1).basis().confidence()).isEqualTo(Confidence.VERIFIED);
    }

    @Test
    void anEventIsNeverStoredWithoutItsDeadlines() {
        ProceedingSummary p = extradition("KZ");
        ApplicationListener<PayloadApplicationEvent<DeadlinesRecomputed>> failing = e -> {
            throw new IllegalStateException("fails after the deadlines were written");
        };
        multicaster.addApplicationListener(failing);
        try {
            assertThatThrownBy(() -> record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30"))
                    .isInstanceOf(IllegalStateException.class);
        } finally {
            multicaster.removeApplicationListener(failing);
        }
        assertThat(count("proceeding_event", p)).isZero();
        assertThat(count("deadline", p)).isZero();

        assertThatThrownBy(() -> record(p, "APPEAL_LODGED", "2025-04-14")).isInstanceOf(IllegalEventException.class);
        assertThat(count("deadline", p)).isZero();
    }

    @Test
    void anOverrideKeepsTheComputedDateAndItsReasonIsSealedAndShownOnlyToTheTeam() {
        ProceedingSummary p = extradition("KZ");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");
        Deadline request = rule(p, "ME-FORMAL-REQUEST-18D");

        Deadline changed =
                deadlines.override(lead, request.id(), "2025-04-30T12:00", "court ruled the 17th day counts");
        assertThat(changed.dueAt()).isEqualTo("2025-04-30T12:00+02:00[Europe/Podgorica]");
        assertThat(changed.computed().dueDate()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(changed.override().by()).isEqualTo(lead.getUsername());
        assertThat(changed.override().reason())
                .as("reasons only with ofProceeding")
                .isNull();
        assertThat(rule(p, "ME-FORMAL-REQUEST-18D").override().reason()).isEqualTo("court ruled the 17th day counts");
        byte[] sealed = jdbc.sql("select override_reason_sealed from deadline where id = :id")
                .param("id", request.id())
                .query(byte[].class)
                .single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("17th day");

        // a later event recomputes the deadlines and keeps what the lawyer did
        record(p, "RELEASED_WITH_MEASURES", "2025-04-15");
        assertThat(rule(p, "ME-FORMAL-REQUEST-18D").dueAt()).isEqualTo(changed.dueAt());

        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        assertThat(deadlines.ofCase(coordinator, caseId))
                .filteredOn(d -> d.id().equals(request.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.override().reason()).isNull());
        assertThatThrownBy(() -> deadlines.ofProceeding(coordinator, p.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badInputChangesNothing() {
        ProceedingSummary p = extradition("KZ");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");
        Deadline request = rule(p, "ME-FORMAL-REQUEST-18D");

        assertThatThrownBy(() -> deadlines.override(lead, request.id(), "1 May", "reason"))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("due"));
        assertThatThrownBy(() -> deadlines.override(lead, request.id(), "2025-05-02", "  "))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("reason"));
        assertThatThrownBy(() -> deadlines.waive(lead, request.id(), "x".repeat(2001)))
                .isInstanceOf(InvalidRequestException.class);
        TirekUser caseworker = accounts.user(Role.CASEWORKER);
        cases.addToTeam(caseId.value(), caseworker);
        assertThatThrownBy(() -> deadlines.override(caseworker, request.id(), "2025-05-02", "reason"))
                .isInstanceOf(AccessDeniedException.class);
        TirekUser stranger = accounts.user(Role.LAWYER);
        assertThatThrownBy(() -> deadlines.waive(stranger, request.id(), "reason"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deadlines.acknowledge(stranger, request.id()))
                .isInstanceOf(AccessDeniedException.class);

        Deadline unchanged = rule(p, "ME-FORMAL-REQUEST-18D");
        assertThat(unchanged.override()).isNull();
        assertThat(unchanged.acknowledged()).isNull();
        assertThat(unchanged.status().open()).isTrue();
        assertThat(writes(request.id())).isZero();
    }

    @Test
    void aWaivedDeadlineStaysClosedAndRefusesFurtherChanges() {
        ProceedingSummary p = extradition("KZ");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");
        Deadline longest = rule(p, "ME-FORMAL-REQUEST-45D");

        deadlines.acknowledge(backup, longest.id());
        assertThat(rule(p, "ME-FORMAL-REQUEST-45D").acknowledged().byLead()).isFalse();
        deadlines.waive(lead, longest.id(), "the 18-day limit applies here");
        record(p, "RELEASED_WITH_MEASURES", "2025-04-15");

        Deadline waived = rule(p, "ME-FORMAL-REQUEST-45D");
        assertThat(waived.status()).isEqualTo(DeadlineStatus.WAIVED);
        assertThat(waived.closure().cause()).isEqualTo("MANUAL");
        assertThat(waived.closure().reason()).isEqualTo("the 18-day limit applies here");
        assertThatThrownBy(() -> deadlines.override(lead, longest.id(), "2025-06-01", "again"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> deadlines.acknowledge(lead, longest.id())).isInstanceOf(ConflictException.class);
        assertThat(writes(longest.id())).isEqualTo(2);
    }

    @Test
    void anUnacknowledgedDeadlineDueWithin48HoursGoesOnceToTheBackupLawyer() {
        ProceedingSummary p = extradition("KZ");
        Instant now = clock.instant();
        record(p, "ARRESTED", now.minus(Duration.ofHours(10)));
        // due in 38 hours: its rule warns 24 hours ahead, the escalation looks 48 hours ahead
        assertThat(rule(p, "ME-CPC-FIRST-HEARING").status()).isEqualTo(DeadlineStatus.UPCOMING);

        watch.run(now.plusSeconds(60));
        watch.run(now.plusSeconds(120));

        List<CaseTask> escalations = tasks.ofCase(lead, caseId).stream()
                .filter(t -> t.origin().equals(DeadlineWatch.ORIGIN))
                .toList();
        assertThat(escalations).singleElement().satisfies(t -> {
            assertThat(t.assignee()).isEqualTo(backup.getUsername());
            assertThat(t.title())
                    .contains("First hearing after the arrest")
                    .contains(lead.getUsername())
                    .contains("Europe/Podgorica");
        });
        assertThat(rule(p, "ME-CPC-FIRST-HEARING").escalatedAt()).isNotNull();
    }

    @Test
    void theLeadLawyersAcknowledgementStopsTheEscalation() {
        ProceedingSummary p = extradition("KZ");
        Instant now = clock.instant();
        // due in 48 hours, so inside the window at once: recorded and acknowledged in one transaction,
        // no scheduled pass sees it unacknowledged (an arrest cannot be dated in the future)
        transactions.executeWithoutResult(tx -> {
            record(p, "ARRESTED", now);
            deadlines.acknowledge(lead, rule(p, "ME-CPC-FIRST-HEARING").id());
        });

        watch.run(now.plus(Duration.ofHours(2)));

        assertThat(tasks.ofCase(lead, caseId)).noneMatch(t -> t.origin().equals(DeadlineWatch.ORIGIN));
        Deadline hearing = rule(p, "ME-CPC-FIRST-HEARING");
        assertThat(hearing.escalatedAt()).isNull();
        assertThat(hearing.acknowledged().byLead()).isTrue();
    }

    @Test
    void theBoardShowsCoordinatorsEveryCaseAndOthersOnlyTheirOwn() {
        ProceedingSummary p = extradition("KZ");
        Instant now = clock.instant();
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", now.minus(Duration.ofDays(3)));
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        TirekUser stranger = accounts.user(Role.LAWYER);

        DeadlineQuery mine = new DeadlineQuery(Set.of(), lead.getUsername(), 60, null, null, null);
        // overdue ones first: the filter's days ahead include what is already late
        assertThat(deadlines.board(coordinator, mine))
                .extracting(d -> d.basis().ruleId())
                .containsExactly("ME-CPC-FIRST-HEARING", "ME-FORMAL-REQUEST-18D", "ME-FORMAL-REQUEST-45D");
        assertThat(deadlines.board(coordinator, mine))
                .allSatisfy(d -> assertThat(d.caseReference()).startsWith("TRK-"));
        assertThat(deadlines.board(lead, mine)).hasSize(3);
        assertThat(deadlines.board(stranger, mine)).isEmpty();
        assertThat(deadlines.board(
                        coordinator,
                        new DeadlineQuery(Set.of(DeadlineStatus.OVERDUE), lead.getUsername(), null, null, null, null)))
                .extracting(d -> d.basis().ruleId())
                .containsExactly("ME-CPC-FIRST-HEARING");
        assertThat(deadlines.board(lead, DeadlineQuery.dueBetween(now, now.plus(Duration.ofDays(17)))))
                .extracting(d -> d.basis().ruleId())
                .contains("ME-FORMAL-REQUEST-18D")
                .doesNotContain("ME-CPC-FIRST-HEARING", "ME-FORMAL-REQUEST-45D");
        assertThat(deadlines.openOf(caseId)).hasSize(3);
        assertThatThrownBy(() -> new DeadlineQuery(Set.of(), null, -1, null, null, null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aStartWithChangedRulePacksRecomputesEveryProceedingAndThenRemembersThem() {
        ProceedingSummary p = extradition("KZ");
        record(p, "ARRESTED_ON_PROVISIONAL_REQUEST", "2025-04-14T10:30");
        Deadline request = rule(p, "ME-FORMAL-REQUEST-18D");
        jdbc.sql("update deadline set computed_due = computed_due + interval '9 days', computation = 'older packs'"
                        + " where id = :id")
                .param("id", request.id())
                .update();
        jdbc.sql("update deadline_rules_applied set fingerprint = 'older packs'")
                .update();

        recompute.recomputeAll(packs.fingerprint());

        assertThat(rule(p, "ME-FORMAL-REQUEST-18D").computed().due())
                .isEqualTo(request.computed().due());
        assertThat(jdbc.sql("select fingerprint from deadline_rules_applied")
                        .query(String.class)
                        .single())
                .isEqualTo(packs.fingerprint());
    }

    // --- helpers

    private ProceedingSummary extradition(String requestingState) {
        return proceedings.open(
                lead,
                caseId,
                new NewProceeding(
                        ProceedingType.EXTRADITION,
                        "ME",
                        "Extradition " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        requestingState,
                        LocalDate.of(2025, 4, 1),
                        lead.getUsername(),
                        backup.getUsername()));
    }

    /** A request that reached the Minister's permission, one step a day from 1 February 2026. */
    private ProceedingSummary extraditionAt(String state) {
        ProceedingSummary p = extradition("KZ");
        List<String> steps = List.of(
                "FORMAL_REQUEST_RECEIVED",
                "INVESTIGATING_JUDGE_SEIZED",
                "FILE_SENT_TO_PANEL",
                "PANEL_FOUND_CONDITIONS_MET",
                "APPEAL_DEADLINE_PASSED",
                "FILE_TO_MINISTER",
                "MINISTER_ALLOWED");
        for (int i = 0; i < steps.size(); i++) {
            record(p, steps.get(i), LocalDate.of(2026, 2, 1).plusDays(i).toString());
        }
        assertThat(proceedings.summary(lead, p.id()).state()).containsEntry("merits", state);
        return p;
    }

    private Deadline rule(ProceedingSummary p, String ruleId) {
        return deadlines.ofProceeding(lead, p.id()).stream()
                .filter(d -> d.basis().ruleId().equals(ruleId))
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    private ProceedingEvent record(ProceedingSummary p, String type, String when) {
        return record(p, type, when, Map.of());
    }

    private ProceedingEvent record(ProceedingSummary p, String type, String when, Map<String, String> attributes) {
        return proceedings.record(
                lead, p.id(), new NewEvent(type, OccurredAt.parse(when, PODGORICA, "date"), null, attributes, null));
    }

    private ProceedingEvent record(ProceedingSummary p, String type, Instant at) {
        return proceedings.record(
                lead, p.id(), new NewEvent(type, new OccurredAt(at, PODGORICA, false), null, Map.of(), null));
    }

    private long count(String table, ProceedingSummary p) {
        return jdbc.sql("select count(*) from " + table + " where proceeding_id = :p")
                .param("p", p.id().value())
                .query(Long.class)
                .single();
    }

    /** Audit entries of lawyers' changes to a deadline. */
    private long writes(UUID deadline) {
        return jdbc.sql(
                        "select count(*) from audit_event where subject_id = :d and action like 'deadlines.%' and outcome = 'SUCCESS'")
                .param("d", deadline.toString())
                .query(Long.class)
                .single();
    }
}
