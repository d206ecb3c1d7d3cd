package org.tirek.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.OrganisationId;
import org.tirek.people.OrganisationKind;
import org.tirek.people.Parties;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonId;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TestFixtures.ConsentFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Consent on the embedded PostgreSQL: recorded by the team with sealed conditions, refused with every
 * wrong field named and nothing saved, checked by the features it gates, and revoked with a task that
 * lists what was already shared under it.
 */
@TirekTest
class ConsentsIntegrationTest {

    @Autowired
    Consents consents;

    @Autowired
    Referrals referrals;

    @Autowired
    CaseTasks tasks;

    @Autowired
    Cases cases;

    @Autowired
    Parties parties;

    @Autowired
    Evidence evidence;

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
    TirekUser caseworker;
    CaseId caseId;
    OrganisationId shelter;
    LocalDate today;

    @BeforeEach
    void aCaseWithATeamAndAShelter() {
        VaultFixture.unsealed(vault);
        lawyer = accounts.user(Role.LAWYER);
        caseworker = accounts.user(Role.CASEWORKER);
        caseId = CaseId.of(caseFixtures.open(lawyer, caseworker));
        shelter = fixtures.organisation(lawyer, "Crisis centre", OrganisationKind.SHELTER);
        today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Test
    void aConsentIsRecordedWithItsGiverAndExplainerAndItsConditionsSealed() {
        PersonId survivor = survivor();
        Consent consent = consents.record(
                lawyer,
                caseId,
                new NewConsent(
                        ConsentPurpose.REFERRAL,
                        shelter,
                        survivor,
                        ConsentMethod.WRITTEN,
                        today.minusDays(2),
                        today.plusDays(30),
                        " KK ",
                        caseworker.getUsername(),
                        "  The medical report only, not the photographs.  "));
        assertThat(consent.state()).isEqualTo(ConsentState.ACTIVE);
        assertThat(consent.language()).isEqualTo("kk");
        assertThat(consent.explainedBy()).isEqualTo(caseworker.getUsername());
        assertThat(consent.recordedBy()).isEqualTo(lawyer.getUsername());
        assertThat(consent.givenByCode()).startsWith("CL-");
        assertThat(consent.recipientName()).startsWith("Crisis centre");
        assertThat(consent.conditions()).isEqualTo("The medical report only, not the photographs.");

        assertThat(consents.ofCase(caseworker, caseId)).extracting(Consent::id).containsExactly(consent.id());
        assertThat(consents.get(caseworker, consent.id()).conditions()).contains("photographs");
        assertThat(jdbc.sql("select count(*) from case_consent where encode(conditions_sealed, 'escape') like"
                                + " '%photographs%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(consents.permits(caseId, ConsentPurpose.REFERRAL, shelter, clock.instant()))
                .isTrue();
        assertThat(consents.inForce(lawyer, caseId, ConsentPurpose.REFERRAL))
                .extracting(ConsentSummary::id)
                .containsExactly(consent.id());
    }

    @Test
    void aConsentThatBreaksTheRulesIsRefusedNamingEveryFieldAndNothingIsSaved() {
        long before = consentsOfCase();
        PersonId stranger = survivorOf(CaseId.of(caseFixtures.open(lawyer)));
        assertThatThrownBy(() -> consents.record(
                        lawyer,
                        caseId,
                        new NewConsent(
                                ConsentPurpose.REFERRAL,
                                null,
                                stranger,
                                ConsentMethod.VERBAL,
                                today.plusDays(1),
                                today,
                                "Kazakh",
                                "somebody-else",
                                null)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors())
                                .containsKeys(
                                        "recipientId", "givenBy", "givenOn", "expiresOn", "language", "explainedBy"));
        assertThatThrownBy(() -> consents.record(lawyer, caseId, consent(ConsentPurpose.STATISTICS, shelter)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("recipientId"));
        OrganisationId unknown = OrganisationId.of(UUID.randomUUID());
        assertThatThrownBy(() -> consents.record(lawyer, caseId, consent(ConsentPurpose.SHARING, unknown)))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("recipientId", "no such organisation"));
        assertThat(consentsOfCase()).isEqualTo(before);
    }

    @Test
    void onlyTheTeamRecordsReadsAndRevokesConsent() {
        Consent consent = consents.record(lawyer, caseId, consent(ConsentPurpose.STATISTICS, null));
        TirekUser outsider = accounts.user(Role.LAWYER);
        TirekUser coordinator = accounts.user(Role.COORDINATOR);
        for (TirekUser stranger : new TirekUser[] {outsider, coordinator}) {
            assertThatThrownBy(() -> consents.ofCase(stranger, caseId)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.get(stranger, consent.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.record(stranger, caseId, consent(ConsentPurpose.PUBLICATION, null)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> consents.revoke(stranger, consent.id(), "no"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> consents.ofCase(lawyer, CaseId.of(UUID.randomUUID())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> consents.get(lawyer, ConsentId.generate())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void revokingAReferralConsentStopsReferralsAndOpensATaskListingThoseMade() {
        Consent consent = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.REFERRAL, shelter);
        Referral made = referrals.make(lawyer, caseId, referral(ReferralStatus.MADE));
        Referral planned = referrals.make(lawyer, caseId, referral(ReferralStatus.PLANNED));
        assertThat(consents.get(lawyer, consent.id()).uses())
                .extracting(ConsentUse::kind, ConsentUse::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        ConsentUse.Kind.REFERRAL, made.id().value()));

        assertThatThrownBy(() -> consents.revoke(lawyer, consent.id(), "  "))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("reason"));
        Consents.Revocation revocation =
                consents.revoke(caseworker, consent.id(), "She no longer wants the shelter to know about her.");

        assertThat(revocation.consent().state()).isEqualTo(ConsentState.REVOKED);
        assertThat(revocation.consent().revokedBy()).isEqualTo(caseworker.getUsername());
        assertThat(revocation.consent().revocationReason()).startsWith("She no longer wants");
        CaseTask task = revocation.task();
        assertThat(task.origin()).isEqualTo("consent.revoked");
        assertThat(task.dueOn()).isEqualTo(today.plusDays(3));
        assertThat(task.title())
                .startsWith("Consent withdrawn: Referral — Crisis centre")
                .contains("referral made on " + today)
                .doesNotContain("no longer wants");
        assertThat(tasks.ofCase(lawyer, caseId)).extracting(CaseTask::id).contains(task.id());

        assertThat(consents.permits(caseId, ConsentPurpose.REFERRAL, shelter, clock.instant()))
                .isFalse();
        assertThatThrownBy(() -> referrals.make(lawyer, caseId, referral(ReferralStatus.PLANNED)))
                .isInstanceOf(NoConsentException.class);
        assertThatThrownBy(() -> referrals.change(
                        lawyer,
                        planned.id(),
                        new ReferralChange(planned.version(), ReferralStatus.MADE, null, null, null, false)))
                .isInstanceOf(NoConsentException.class)
                .hasMessageContaining("no longer in force");
        assertThat(referrals.get(lawyer, planned.id()).status()).isEqualTo(ReferralStatus.PLANNED);
        assertThatThrownBy(() -> consents.revoke(lawyer, consent.id(), "again"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("This consent is already revoked");
    }

    @Test
    void revokingASharingConsentListsTheEvidenceFilesHandedOverUnderIt() {
        OrganisationId lawyers = fixtures.organisation(lawyer, "Lawyers abroad", OrganisationKind.LEGAL_AID);
        EvidenceFile file = evidence.upload(
                lawyer,
                caseId.value(),
                "statement.txt",
                new ByteArrayInputStream("what happened".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> evidence.recordTransfer(lawyer, file.id(), lawyers, "for the appeal"))
                .as("no consent, no transfer")
                .isInstanceOfSatisfying(
                        NoConsentException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("recipientId"));
        assertThat(evidence.custody(lawyer, file.id())).hasSize(1);

        Consent consent = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.SHARING, lawyers);
        evidence.recordTransfer(lawyer, file.id(), lawyers, "for the appeal");
        assertThat(consents.get(lawyer, consent.id()).uses())
                .extracting(ConsentUse::kind)
                .containsExactly(ConsentUse.Kind.EVIDENCE_TRANSFER);

        CaseTask task =
                consents.revoke(lawyer, consent.id(), "withdrawn by phone").task();
        assertThat(task.title()).contains("evidence file handed over on " + today);
        assertThatThrownBy(() -> evidence.recordTransfer(lawyer, file.id(), lawyers, "once more"))
                .isInstanceOf(NoConsentException.class);

        Consent unused = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.PUBLICATION, null);
        assertThat(consents.revoke(lawyer, unused.id(), "changed her mind")
                        .task()
                        .title())
                .contains("nothing recorded as shared");
    }

    @Test
    void theEffectiveConsentCheckAnswersThroughTheApiEvenWhileSealed() throws Exception {
        Consent statistics = fixtures.consent(lawyer, caseId.value(), ConsentPurpose.STATISTICS, null);
        String path = "/api/v1/cases/{c}/consents/effective";
        mvc.perform(get(path, caseId.value()).param("purpose", "statistics").with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permitted").value(true))
                .andExpect(jsonPath("$.consentId").value(statistics.id().toString()));
        mvc.perform(get(path, caseId.value())
                        .param("purpose", "SHARING")
                        .param("recipientId", shelter.toString())
                        .with(user(lawyer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.permitted").value(false))
                .andExpect(jsonPath("$.consentId").doesNotExist());
        mvc.perform(get(path, caseId.value())
                        .param("purpose", "STATISTICS")
                        .param("at", "2000-01-01T00:00:00Z")
                        .with(user(lawyer)))
                .andExpect(jsonPath("$.permitted").value(false));
        mvc.perform(get(path, caseId.value()).param("purpose", "GOSSIP").with(user(lawyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"));
        mvc.perform(get(path, caseId.value())
                        .param("purpose", "STATISTICS")
                        .param("at", "yesterday")
                        .with(user(lawyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        mvc.perform(get(path, caseId.value()).param("purpose", "STATISTICS").with(user(accounts.user(Role.LAWYER))))
                .andExpect(status().isForbidden());
        vault.seal();
        try {
            mvc.perform(get(path, caseId.value()).param("purpose", "STATISTICS").with(user(lawyer)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.permitted").value(true));
        } finally {
            VaultFixture.unsealed(vault);
        }
    }

    @Test
    void theApiRefusesBadInputClearlyAndSavesNothing() throws Exception {
        long before = consentsOfCase();
        String path = "/api/v1/cases/{c}/consents";
        mvc.perform(json(post(path, caseId.value()), "{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("purpose", "method", "givenOn")));
        mvc.perform(json(
                        post(path, caseId.value()),
                        "{\"purpose\":\"SERVICES\",\"method\":\"REPORT_FORM\",\"givenOn\":\"" + today + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("method"));
        mvc.perform(json(
                        post(path, caseId.value()),
                        "{\"purpose\":\"GOSSIP\",\"method\":\"VERBAL\",\"givenOn\":\"" + today + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("purpose"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not saved")));
        mvc.perform(
                        json(
                                post(path, caseId.value()),
                                "{\"purpose\":\"SHARING\",\"recipientId\":\"the shelter\",\"method\":\"VERBAL\",\"givenOn\":\"31.12.2025\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("recipientId", "givenOn")));
        mvc.perform(json(
                        post(path, caseId.value()),
                        "{\"purpose\":\"SHARING\",\"method\":\"VERBAL\",\"givenOn\":\"" + today + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("recipientId"));
        mvc.perform(json(post(path, UUID.randomUUID()), validBody())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/consents/{id}", UUID.randomUUID()).with(user(lawyer)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/consents/{id}/revoke", UUID.randomUUID()), "{\"reason\":\"x\"}"))
                .andExpect(status().isNotFound());
        assertThat(consentsOfCase()).isEqualTo(before);

        String id = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(json(post(path, caseId.value()), validBody()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.state").value("ACTIVE"))
                        .andExpect(jsonPath("$.recipient").value(shelter.toString()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(post("/api/v1/consents/{id}/revoke", id), "{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(json(post("/api/v1/consents/{id}/revoke", id), "{\"reason\":\"she asked us to stop\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.consent.state").value("REVOKED"))
                .andExpect(jsonPath("$.task.origin").value("consent.revoked"));
    }

    @Test
    void consentsAndReferralsAreOnTheTimelineWithoutTheirSealedTexts() {
        Consent consent = consents.record(
                lawyer,
                caseId,
                new NewConsent(
                        ConsentPurpose.REFERRAL,
                        shelter,
                        null,
                        ConsentMethod.VERBAL,
                        today,
                        null,
                        null,
                        null,
                        "only her first name"));
        Referral referral = referrals.make(lawyer, caseId, referral(ReferralStatus.MADE));
        referrals.change(
                lawyer,
                referral.id(),
                new ReferralChange(0, ReferralStatus.ACCEPTED, null, "a bed for thirty days", null, false));
        consents.revoke(lawyer, consent.id(), "moved away");
        var timeline = cases.timeline(caseworker, caseId);
        assertThat(timeline)
                .extracting(TimelineEntry::kind)
                .contains("consent_REFERRAL", "referral_MADE", "referral_ACCEPTED", "consent_revoked_REFERRAL", "task");
        assertThat(timeline)
                .filteredOn(e -> e.kind().startsWith("consent") || e.kind().startsWith("referral"))
                .allSatisfy(e -> assertThat(e.text())
                        .startsWith("Crisis centre")
                        .doesNotContain("first name", "thirty days", "moved away"));
        assertThat(timeline.get(0).at())
                .isAfterOrEqualTo(timeline.get(timeline.size() - 1).at());
    }

    // --- helpers

    private NewConsent consent(ConsentPurpose purpose, OrganisationId recipient) {
        return new NewConsent(purpose, recipient, null, ConsentMethod.VERBAL, today, null, null, null, null);
    }

    private NewReferral referral(ReferralStatus status) {
        return new NewReferral(ServiceType.SHELTER, shelter, null, status, today, null);
    }

    private String validBody() {
        return "{\"purpose\":\"sharing\",\"recipientId\":\"" + shelter + "\",\"method\":\"WRITTEN\",\"givenOn\":\""
                + today + "\",\"expiresOn\":\"" + today.plusMonths(6) + "\",\"language\":\"ru\"}";
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(lawyer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private long consentsOfCase() {
        return jdbc.sql("select count(*) from case_consent where case_id = :c")
                .param("c", caseId.value())
                .query(Long.class)
                .single();
    }

    private PersonId survivor() {
        return survivorOf(caseId);
    }

    private PersonId survivorOf(CaseId id) {
        PersonCreation created = parties.createAndAdd(
                lawyer,
                id.value(),
                NewPerson.of(PersonProfile.of(PersonKind.SURVIVOR), Identity.named("Aigerim")),
                PartyRole.SURVIVOR,
                true);
        return ((PersonCreation.Created) created).person().id();
    }
}
