package org.tirek.proceedings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tirek.cases.CaseId;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.platform.InvalidRequestException;
import org.tirek.proceedings.machine.IllegalEventException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * The surrender safeguard (DOMAIN.md §3.7): what blocks an extradition's surrender, which events the
 * blocks refuse, and in which order an event is checked. Every refusal leaves nothing saved.
 */
@TirekTest
class SurrenderSafeguardIntegrationTest {

    static final ZoneId PODGORICA = ZoneId.of("Europe/Podgorica");
    static final List<String> TO_AUTHORISED = List.of(
            "FORMAL_REQUEST_RECEIVED",
            "INVESTIGATING_JUDGE_SEIZED",
            "FILE_SENT_TO_PANEL",
            "PANEL_FOUND_CONDITIONS_MET",
            "APPEAL_DEADLINE_PASSED",
            "FILE_TO_MINISTER",
            "MINISTER_ALLOWED");

    @Autowired
    Proceedings proceedings;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Vault vault;

    @Autowired
    JdbcClient jdbc;

    TirekUser lawyer;
    CaseId caseId;

    @BeforeEach
    void aLawyersCase() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = CaseId.of(cases.open(lawyer));
    }

    // --- what blocks

    @Test
    void aGrantedAndThenActiveProtectionStatusKeepsBlockingTheHandover() {
        ProceedingSummary extradition = scheduledForSurrender();
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME");
        record(asylum, "APPLICATION_LODGED", "2023-10-18");
        record(asylum, "REFUGEE_STATUS_GRANTED", "2024-03-01");
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_PROTECTION_GRANTED");

        record(asylum, "GRANT_FINAL", "2024-04-01");
        assertThat(proceedings.summary(lawyer, asylum.id()).mainState()).isEqualTo("STATUS_ACTIVE");
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_PROTECTION_GRANTED");
        refusedAsBlocked(extradition, "HANDED_OVER", "BLOCKED_BY_PROTECTION_GRANTED");

        record(asylum, "STATUS_REVIEW_DUE", "2025-03-01");
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_PROTECTION_GRANTED");

        record(asylum, "STATUS_REVOKED", "2025-04-01");
        assertThat(blocks(extradition)).as("a revoked status protects no more").isEmpty();
    }

    @Test
    void aBlocksLinkFromAnInterpolMatterEndsOnceInterpolHoldsNothingOnTheClient() {
        ProceedingSummary extradition = scheduledForSurrender();
        ProceedingSummary interpol = open(ProceedingType.INTERPOL, "INTERPOL");
        record(interpol, "RED_NOTICE_CONFIRMED", "2024-01-10");
        proceedings.link(lawyer, interpol.id(), extradition.id(), LinkKind.BLOCKS);
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_LINKED_PROCEEDING");

        record(interpol, "DATA_DELETED", "2025-05-10");
        assertThat(proceedings.summary(lawyer, interpol.id()).terminal())
                .as("an Interpol matter has no end of its own")
                .isFalse();
        assertThat(blocks(extradition)).isEmpty();

        record(interpol, "DATA_REINSERTED", "2025-05-20");
        assertThat(blocks(extradition))
                .as("re-inserted data blocks again")
                .containsExactly("BLOCKED_BY_LINKED_PROCEEDING");
    }

    @Test
    void aSuspendsLinkFromAnotherProceedingEndsWhenThatProceedingEnds() {
        ProceedingSummary extradition = scheduledForSurrender();
        ProceedingSummary other = open(ProceedingType.GENERIC, "ME");
        proceedings.link(lawyer, other.id(), extradition.id(), LinkKind.SUSPENDS);
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_LINKED_PROCEEDING");
        record(other, "CLOSED", "2025-05-10");
        assertThat(blocks(extradition)).isEmpty();
    }

    // --- the order of the checks

    @Test
    void anEventIllegalInTheStateIsRefusedAsIllegalBeforeTheBlockIsConsidered() {
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME");
        record(asylum, "APPLICATION_LODGED", "2023-10-18");
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME");
        record(extradition, "FORMAL_REQUEST_RECEIVED", "2025-04-14");
        assertThat(blocks(extradition)).containsExactly("BLOCKED_BY_PENDING_PROTECTION_CLAIM");

        assertThatThrownBy(() -> record(extradition, "HANDED_OVER", "2025-06-01"))
                .isInstanceOf(IllegalEventException.class)
                .hasMessage("The event HANDED_OVER cannot be recorded while the EXTRADITION proceeding is"
                        + " REQUEST_RECEIVED / AT_LIBERTY");
        assertThatThrownBy(() -> record(extradition, "SURRENDER_DATE_SET", "2025-06-01"))
                .isInstanceOf(IllegalEventException.class)
                .hasMessageStartingWith("The event SURRENDER_DATE_SET cannot be recorded");
        assertThat(events(extradition)).isEqualTo(1);
    }

    // --- which events are guarded

    @Test
    void settingTheSurrenderDateIsRefusedWhileBlockedUnlessOverriddenWithAReason() {
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME");
        for (String event : TO_AUTHORISED) record(extradition, event, "2025-05-01");
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME");
        record(asylum, "APPLICATION_LODGED", "2023-10-18");

        refusedAsBlocked(extradition, "SURRENDER_DATE_SET", "BLOCKED_BY_PENDING_PROTECTION_CLAIM");
        assertThatThrownBy(() ->
                        recordWith(extradition, "SURRENDER_DATE_SET", "2025-06-01", " ", Map.of("override", "true")))
                .as("an override needs a reason")
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Surrender is blocked");
        assertThat(events(extradition)).isEqualTo(TO_AUTHORISED.size());

        recordWith(
                extradition,
                "SURRENDER_DATE_SET",
                "2025-06-01",
                "the ministry set the date despite the pending claim",
                Map.of("override", "true", "surrenderOn", "2025-06-20"));
        assertThat(proceedings.summary(lawyer, extradition.id()).mainState()).isEqualTo("SURRENDER_SCHEDULED");
    }

    @Test
    void theMinistersDecisionIsRecordedEvenWhileBlocked() {
        ProceedingSummary asylum = open(ProceedingType.ASYLUM, "ME");
        record(asylum, "APPLICATION_LODGED", "2023-10-18");
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME");
        for (String event : TO_AUTHORISED) record(extradition, event, "2025-05-01");
        assertThat(proceedings.summary(lawyer, extradition.id()).mainState()).isEqualTo("SURRENDER_AUTHORISED");
    }

    // --- helpers

    /** An extradition taken up to SURRENDER_SCHEDULED while nothing blocks it. */
    private ProceedingSummary scheduledForSurrender() {
        ProceedingSummary extradition = open(ProceedingType.EXTRADITION, "ME");
        for (String event : TO_AUTHORISED) record(extradition, event, "2025-05-01");
        record(extradition, "SURRENDER_DATE_SET", "2025-05-02");
        assertThat(blocks(extradition)).isEmpty();
        return extradition;
    }

    private void refusedAsBlocked(ProceedingSummary extradition, String event, String block) {
        long before = events(extradition);
        String state = proceedings.summary(lawyer, extradition.id()).mainState();
        assertThatThrownBy(() -> record(extradition, event, "2025-06-01"))
                .isInstanceOf(InvalidRequestException.class)
                .isNotInstanceOf(IllegalEventException.class)
                .hasMessageContaining("Surrender is blocked (" + block + ")")
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("override"));
        assertThat(events(extradition)).isEqualTo(before);
        assertThat(proceedings.summary(lawyer, extradition.id()).mainState()).isEqualTo(state);
    }

    private List<String> blocks(ProceedingSummary extradition) {
        return proceedings.details(lawyer, extradition.id()).blocks();
    }

    private ProceedingSummary open(ProceedingType type, String jurisdiction) {
        return proceedings.open(
                lawyer,
                caseId,
                new NewProceeding(
                        type,
                        jurisdiction,
                        type.name(),
                        null,
                        null,
                        ClientRole.REQUESTED_PERSON,
                        type == ProceedingType.EXTRADITION ? "KZ" : null,
                        LocalDate.of(2023, 10, 1),
                        null,
                        null));
    }

    private ProceedingEvent record(ProceedingSummary p, String type, String date) {
        return recordWith(p, type, date, null, Map.of());
    }

    private ProceedingEvent recordWith(
            ProceedingSummary p, String type, String date, @Nullable String note, Map<String, String> attributes) {
        return proceedings.record(
                lawyer,
                p.id(),
                new NewEvent(type, OccurredAt.ofDate(LocalDate.parse(date), PODGORICA), note, attributes, null));
    }

    private long events(ProceedingSummary p) {
        return jdbc.sql("select count(*) from proceeding_event where proceeding_id = :p")
                .param("p", p.id().value())
                .query(Long.class)
                .single();
    }
}
