package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.platform.ConflictException;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TestFixtures.ConsentFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.Vault;

/**
 * Referrals on the embedded PostgreSQL: no consent, no referral; the workflow with its days; sealed
 * outcomes; clear refusals through the API; and what an erasure leaves.
 */
@TirekTest
class ReferralsIntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    Consents consents;

    @Autowired
    CaseErasures erasures;

    @Autowired
    Accounts accounts;

    @Autowired
    CaseFixtures caseFixtures;

    @Autowired
    ConsentFixtures fixtures;

    @Autowired
    Vault vault;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    TirekUser lawyer;
    CaseId caseId;
    OrganisationId centre;
    LocalDate today;

    @BeforeEach
    void aCaseAndAProvider() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseId = CaseId.of(caseFixtures.open(lawyer));
        centre = fixtures.organisation(lawyer, "Psychological centre", OrganisationKind.HEALTH);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void noConsentNoReferralAndNothingIsSaved() {
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(null, ReferralStatus.MADE)))
                .isInstanceOfSatisfying(
                        NoConsentException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("consentId"));

        fixtures.consent(lawyer, caseId.value(), ConsentPurpose.SHARING, centre);
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(null, ReferralStatus.PLANNED)))
                .as("consent to share is not consent to refer")
                .isInstanceOf(NoConsentException.class);

        OrganisationId police = fixtures.organisation(lawyer, "Police", OrganisationKind.POLICE);
        Consent toPolice = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.REFERRAL, police);
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(toPolice.id(), ReferralStatus.MADE)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("consentId", "not for this provider"));

        CaseId other = CaseId.of(caseFixtures.open(lawyer));
        Consent ofOtherCase = fixtures.consent(lawyer, other.value(), ConsentPurpose.REFERRAL, centre);
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(ofOtherCase.id(), ReferralStatus.MADE)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("consentId", "unknown"));

        Consent expired = consents.record(
                lawyer,
                caseId,
                new NewConsent(
                        ConsentPurpose.REFERRAL,
                        centre,
                        null,
                        ConsentMethod.WRITTEN,
                        today.minusMonths(3),
                        today.minusMonths(1),
                        null,
                        null,
                        null));
        assertThat(expired.state()).isEqualTo(ConsentState.EXPIRED);
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(expired.id(), ReferralStatus.MADE)))
                .isInstanceOf(NoConsentException.class)
                .hasMessageContaining("EXPIRED");
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(null, ReferralStatus.MADE)))
                .isInstanceOf(NoConsentException.class);

        assertThat(referralsOfCase()).isZero();
        assertThat(jdbc.sql("select count(*) from consent_use where case_id = :c")
                        .param("c", caseId.value())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aReferralMovesThroughItsWorkflowWithItsDaysAndASealedOutcome() {
        Consent consent = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.REFERRAL, centre);
        Referral planned = referrals.make(
                lawyer,
                caseId,
                new NewReferral(
                        ServiceType.PSYCHOSOCIAL,
                        centre,
                        null,
                        ReferralStatus.PLANNED,
                        today.minusDays(1),
                        today.plusDays(2)));
        assertThat(planned.consent()).isEqualTo(consent.id());
        assertThat(planned.followUpOverdue()).isFalse();
        assertThat(consents.get(lawyer, consent.id()).uses())
                .as("planned: nothing shared yet")
                .isEmpty();

        Referral made = referrals.change(
                lawyer,
                planned.id(),
                new ReferralChange(0, ReferralStatus.MADE, today, null, today.minusDays(1), false));
        assertThat(made.status()).isEqualTo(ReferralStatus.MADE);
        assertThat(made.followUpOverdue()).isTrue();
        assertThat(consents.get(lawyer, consent.id()).uses())
                .extracting(ConsentUse::kind)
                .containsExactly(ConsentUse.Kind.REFERRAL);

        assertThatThrownBy(() -> referrals.change(
                        lawyer, made.id(), new ReferralChange(1, ReferralStatus.COMPLETED, null, null, null, false)))
                .isInstanceOf(ReferralStatus.IllegalTransitionException.class);
        assertThatThrownBy(() -> referrals.change(
                        lawyer,
                        made.id(),
                        new ReferralChange(1, ReferralStatus.ACCEPTED, today.minusDays(5), null, null, false)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("on"));
        assertThatThrownBy(() -> referrals.change(
                        lawyer,
                        made.id(),
                        new ReferralChange(1, ReferralStatus.ACCEPTED, today.plusDays(1), null, null, false)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> referrals.change(
                        lawyer, made.id(), new ReferralChange(7, ReferralStatus.ACCEPTED, null, null, null, false)))
                .isInstanceOf(ConflictException.class);

        Referral accepted = referrals.change(
                lawyer,
                made.id(),
                new ReferralChange(
                        1, ReferralStatus.ACCEPTED, null, "Weekly sessions with a psychologist.", null, true));
        assertThat(accepted.outcome()).isEqualTo("Weekly sessions with a psychologist.");
        assertThat(accepted.followUpOn()).isNull();
        assertThat(jdbc.sql("select count(*) from case_referral where encode(outcome_sealed, 'escape') like"
                                + " '%psychologist%'")
                        .query(Long.class)
                        .single())
                .isZero();
        Referral completed = referrals.change(
                lawyer, made.id(), new ReferralChange(2, ReferralStatus.COMPLETED, null, null, null, false));
        assertThat(completed.outcome()).as("kept when not sent").isEqualTo("Weekly sessions with a psychologist.");
        assertThat(completed.history())
                .extracting(ReferralStep::status)
                .containsExactly(
                        ReferralStatus.PLANNED, ReferralStatus.MADE, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED);
        assertThat(completed.history().get(0).on()).isEqualTo(today.minusDays(1));
        assertThatThrownBy(() -> referrals.change(
                        lawyer, made.id(), new ReferralChange(3, ReferralStatus.CANCELLED, null, null, null, false)))
                .isInstanceOf(ReferralStatus.IllegalTransitionException.class);
        assertThat(referrals.ofCase(lawyer, caseId))
                .extracting(Referral::status)
                .containsExactly(ReferralStatus.COMPLETED);
    }

    @Test
    void theApiRefusesBadInputClearlyAndSavesNothing() throws Exception {
        String path = "/api/v1/cases/{c}/referrals";
        mvc.perform(json(post(path, caseId.value()), "{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("serviceType", "providerId", "status", "on")));
        mvc.perform(json(
                        post(path, caseId.value()),
                        "{\"serviceType\":\"MASSAGE\",\"providerId\":\"" + centre + "\",\"status\":\"MADE\",\"on\":\""
                                + today + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("serviceType"));
        mvc.perform(json(post(path, caseId.value()), body(UUID.randomUUID().toString(), "MADE")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("providerId"));
        mvc.perform(json(post(path, caseId.value()), body(centre.toString(), "ACCEPTED")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(json(post(path, caseId.value()), body(centre.toString(), "MADE")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("consentId"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("consent")));
        mvc.perform(json(post(path, UUID.randomUUID()), body(centre.toString(), "MADE")))
                .andExpect(status().isNotFound());
        assertThat(referralsOfCase()).isZero();

        fixtures.consent(lawyer, caseId.value(), ConsentPurpose.REFERRAL, centre);
        String id = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(json(post(path, caseId.value()), body(centre.toString(), "planned")))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.status").value("PLANNED"))
                        .andExpect(jsonPath("$.provider").value(centre.toString()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(patch("/api/v1/referrals/{id}", id), "{\"version\":0,\"status\":\"FINISHED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(json(patch("/api/v1/referrals/{id}", id), "{\"status\":\"MADE\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        mvc.perform(json(patch("/api/v1/referrals/{id}", id), "{\"version\":0}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(patch("/api/v1/referrals/{id}", id), "{\"version\":0,\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(json(patch("/api/v1/referrals/{id}", id), "{\"version\":4,\"status\":\"MADE\"}"))
                .andExpect(status().isConflict());
        mvc.perform(json(patch("/api/v1/referrals/{id}", UUID.randomUUID()), "{\"version\":0,\"status\":\"MADE\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/referrals/{id}", UUID.randomUUID()).with(user(lawyer)))
                .andExpect(status().isNotFound());
        mvc.perform(json(
                        patch("/api/v1/referrals/{id}", id),
                        "{\"version\":0,\"status\":\"MADE\",\"outcome\":\"seen on Monday\",\"followUpOn\":\""
                                + today.plusDays(7) + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MADE"))
                .andExpect(jsonPath("$.outcome").value("seen on Monday"));
        mvc.perform(get("/api/v1/referrals/{id}", id).with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[*].status", Matchers.contains("PLANNED", "MADE")));
        mvc.perform(get(path, caseId.value()).with(user(accounts.user(Role.CASEWORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(get(path, caseId.value()).with(user(accounts.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
    }

    @Test
    void thePageSaysWhyAPlannedReferralCanNoLongerBeMade() throws Exception {
        Consent consent = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.REFERRAL, centre);
        Referral planned = referrals.make(lawyer, caseId, referral(null, ReferralStatus.PLANNED));
        consents.revoke(lawyer, consent.id(), "she changed her mind");
        String page = mvc.perform(post(
                                "/cases/{c}/referrals/{r}",
                                caseId.value(),
                                planned.id().value())
                        .with(user(lawyer))
                        .with(csrf())
                        .param("version", "0")
                        .param("status", "MADE")
                        .param("on", today.toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("is no longer in force, so it cannot be made")
                .contains("<details class=\"referral-change\" open");
        assertThat(referrals.get(lawyer, planned.id()).status()).isEqualTo(ReferralStatus.PLANNED);
    }

    @Test
    void anErasureDropsTheSealedTextsAndKeepsTheStructureOnlyWhenAsked() {
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        CaseId kept = caseId;
        CaseId gone = CaseId.of(caseFixtures.open(lawyer));
        for (CaseId id : new CaseId[] {kept, gone}) {
            consents.record(
                    lawyer,
                    id,
                    new NewConsent(
                            ConsentPurpose.REFERRAL,
                            centre,
                            null,
                            ConsentMethod.VERBAL,
                            today,
                            null,
                            null,
                            null,
                            "not her address"));
            Referral r = referrals.make(lawyer, id, referral(null, ReferralStatus.MADE));
            referrals.change(lawyer, r.id(), new ReferralChange(0, null, null, "placed", null, false));
        }
        erasures.approve(
                coordinator,
                erasures.request(lawyer, kept.value(), "asked by the client", true)
                        .id());
        erasures.approve(
                coordinator,
                erasures.request(lawyer, gone.value(), "opened by mistake", false)
                        .id());

        assertThat(consents.ofCase(lawyer, kept)).singleElement().satisfies(c -> {
            assertThat(c.purpose()).isEqualTo(ConsentPurpose.REFERRAL);
            assertThat(c.conditions()).isNull();
            assertThat(c.uses()).hasSize(1);
        });
        assertThat(referrals.ofCase(lawyer, kept)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReferralStatus.MADE);
            assertThat(r.outcome()).isNull();
        });
        assertThat(consents.ofCase(lawyer, gone)).isEmpty();
        assertThat(referrals.ofCase(lawyer, gone)).isEmpty();
        assertThatThrownBy(() -> consents.record(
                        lawyer,
                        kept,
                        new NewConsent(
                                ConsentPurpose.STATISTICS,
                                null,
                                null,
                                ConsentMethod.VERBAL,
                                today,
                                null,
                                null,
                                null,
                                null)))
                .isInstanceOf(org.tirek.vault.DecryptionFailedException.class);
    }

    // --- helpers

    private NewReferral referral(ConsentId consent, ReferralStatus status) {
        return new NewReferral(ServiceType.PSYCHOSOCIAL, centre, consent, status, today, null);
    }

    private String body(String provider, String status) {
        return "{\"serviceType\":\"psychosocial\",\"providerId\":\"" + provider + "\",\"status\":\"" + status
                + "\",\"on\":\"" + today + "\"}";
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(lawyer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private long referralsOfCase() {
        return jdbc.sql("select count(*) from case_referral where case_id = :c")
                .param("c", caseId.value())
                .query(Long.class)
                .single();
    }
}
