package org.tirek;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tirek.AuthorizationMatrixIntegrationTest.Data;
import org.tirek.cases.CaseId;
import org.tirek.cases.Cases;
import org.tirek.cases.ConsentPurpose;
import org.tirek.cases.NewReferral;
import org.tirek.cases.ReferralStatus;
import org.tirek.cases.Referrals;
import org.tirek.cases.ServiceType;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.incidents.Answer;
import org.tirek.incidents.CoreType;
import org.tirek.incidents.Incident;
import org.tirek.incidents.IncidentInput;
import org.tirek.incidents.Incidents;
import org.tirek.incidents.PartialDate;
import org.tirek.incidents.TimeOfDay;
import org.tirek.intake.internal.PublicIntake;
import org.tirek.intake.internal.Triage;
import org.tirek.intake.internal.Uploads;
import org.tirek.people.Identity;
import org.tirek.people.NewPerson;
import org.tirek.people.OrganisationKind;
import org.tirek.people.Parties;
import org.tirek.people.PartyRole;
import org.tirek.people.PersonCreation;
import org.tirek.people.PersonKind;
import org.tirek.people.PersonProfile;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TestFixtures.ConsentFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.CaseErasures;
import org.tirek.vault.Vault;

/**
 * Every endpoint the authorization matrix marks as returning sensitive data records exactly one read
 * in the audit trail per request, under the request's id. The list comes from the matrix: a new such
 * endpoint without a request here fails the test.
 */
@TirekTest
class AuditedReadsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Vault vault;

    @Autowired
    Evidence evidence;

    @Autowired
    CaseErasures erasures;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseFixtures cases;

    @Autowired
    Cases casesService;

    @Autowired
    org.tirek.proceedings.Proceedings proceedingsService;

    @Autowired
    Incidents incidents;

    @Autowired
    Parties parties;

    @Autowired
    Referrals referrals;

    @Autowired
    ConsentFixtures consentFixtures;

    @Autowired
    PublicIntake intake;

    @Autowired
    Triage triage;

    @Test
    void everyEndpointThatReturnsSensitiveDataRecordsExactlyOneReadPerRequest() throws Exception {
        VaultFixture.unsealed(vault);
        TirekUser lawyer = user(Role.LAWYER);
        TirekUser coordinator = user(Role.COORDINATOR);
        UUID caseId = cases.open(lawyer);
        EvidenceFile file = evidence.upload(
                lawyer, caseId, "statement.txt", new ByteArrayInputStream("words".getBytes(StandardCharsets.UTF_8)));
        erasures.request(lawyer, cases.open(lawyer), "opened by mistake", false);

        String reason = "{\"reason\":\"hearing\"}";
        String bundle = "{\"reason\":\"court\",\"fileIds\":[\"" + file.id() + "\"]}";
        Map<String, MockHttpServletRequestBuilder> requests = new LinkedHashMap<>();
        requests.put("GET /evidence/{id}", get("/evidence/{id}", file.id()));
        requests.put("GET /cases/{caseId}/evidence", get("/cases/{c}/evidence", caseId));
        requests.put(
                "POST /cases/{caseId}/evidence/{id}/download",
                post("/cases/{c}/evidence/{id}/download", caseId, file.id()).param("reason", "hearing"));
        requests.put(
                "POST /cases/{caseId}/evidence/bundle",
                post("/cases/{c}/evidence/bundle", caseId)
                        .param("fileId", file.id().toString())
                        .param("reason", "court"));
        requests.put("GET /api/v1/cases/{caseId}/evidence", get("/api/v1/cases/{c}/evidence", caseId));
        requests.put(
                "POST /api/v1/cases/{caseId}/evidence/bundle",
                json(post("/api/v1/cases/{c}/evidence/bundle", caseId), bundle));
        requests.put("GET /api/v1/evidence/{id}", get("/api/v1/evidence/{id}", file.id()));
        requests.put("GET /api/v1/evidence/{id}/custody", get("/api/v1/evidence/{id}/custody", file.id()));
        requests.put(
                "POST /api/v1/evidence/{id}/download", json(post("/api/v1/evidence/{id}/download", file.id()), reason));
        requests.put("GET /erasures", get("/erasures"));
        var note = casesService.addNote(lawyer, CaseId.of(caseId), "first words");
        requests.put("GET /cases/{caseId}", get("/cases/{c}", caseId));
        requests.put("GET /cases/{caseId}/notes/{noteId}", get("/cases/{c}/notes/{n}", caseId, note.id()));
        requests.put("GET /cases/{caseId}/timeline", get("/cases/{c}/timeline", caseId));
        requests.put("GET /api/v1/cases/{caseId}", get("/api/v1/cases/{c}", caseId));
        requests.put("GET /api/v1/cases/{caseId}/notes", get("/api/v1/cases/{c}/notes", caseId));
        requests.put(
                "GET /api/v1/cases/{caseId}/notes/{noteId}/history",
                get("/api/v1/cases/{c}/notes/{n}/history", caseId, note.id()));
        requests.put("GET /api/v1/cases/{caseId}/timeline", get("/api/v1/cases/{c}/timeline", caseId));
        requests.put("GET /tasks", get("/tasks"));
        var proceeding = proceedingsService.open(
                lawyer,
                CaseId.of(caseId),
                new org.tirek.proceedings.NewProceeding(
                        org.tirek.proceedings.ProceedingType.ASYLUM,
                        "ME",
                        "Asylum",
                        null,
                        null,
                        org.tirek.proceedings.ClientRole.APPLICANT,
                        null,
                        java.time.LocalDate.of(2023, 10, 18),
                        null,
                        null));
        requests.put(
                "GET /proceedings/{id}",
                get("/proceedings/{id}", proceeding.id().value()));
        requests.put(
                "GET /api/v1/proceedings/{id}",
                get("/api/v1/proceedings/{id}", proceeding.id().value()));
        requests.put("GET /api/v1/cases/{caseId}/alerts", get("/api/v1/cases/{c}/alerts", caseId));
        requests.put(
                "GET /api/v1/proceedings/{id}/deadlines",
                get("/api/v1/proceedings/{id}/deadlines", proceeding.id().value()));
        requests.put("GET /cases/{caseId}/tasks", get("/cases/{c}/tasks", caseId));
        requests.put("GET /api/v1/cases/{caseId}/tasks", get("/api/v1/cases/{c}/tasks", caseId));
        requests.put("GET /api/v1/tasks/mine", get("/api/v1/tasks/mine"));
        requests.put("GET /api/v1/erasures", get("/api/v1/erasures"));
        Incident incident = incidents.record(
                lawyer,
                CaseId.of(caseId),
                new IncidentInput(
                        CoreType.PSYCHOLOGICAL_ABUSE,
                        LocalDate.parse("2026-02-20"),
                        PartialDate.parse("2026-01"),
                        TimeOfDay.UNKNOWN,
                        null,
                        null,
                        Set.of(),
                        List.of(),
                        Answer.UNKNOWN,
                        true,
                        "threats by text message"));
        requests.put("GET /cases/{caseId}/incidents", get("/cases/{c}/incidents", caseId));
        requests.put("GET /incidents/{id}", get("/incidents/{id}", incident.id().value()));
        requests.put("GET /api/v1/cases/{caseId}/incidents", get("/api/v1/cases/{c}/incidents", caseId));
        requests.put(
                "GET /api/v1/incidents/{id}",
                get("/api/v1/incidents/{id}", incident.id().value()));
        UUID personId = ((PersonCreation.Created) parties.createAndAdd(
                        lawyer,
                        caseId,
                        NewPerson.of(PersonProfile.of(PersonKind.SURVIVOR), Identity.named("Audited Reads")),
                        PartyRole.SURVIVOR,
                        true))
                .person()
                .id()
                .value();
        requests.put("GET /cases/{caseId}/parties", get("/cases/{c}/parties", caseId));
        requests.put(
                "POST /cases/{caseId}/parties/{personId}/reveal",
                post("/cases/{c}/parties/{p}/reveal", caseId, personId));
        requests.put("GET /people/{id}", get("/people/{id}", personId));
        requests.put("GET /api/v1/people/{id}", get("/api/v1/people/{id}", personId));
        requests.put("GET /api/v1/cases/{caseId}/parties", get("/api/v1/cases/{c}/parties", caseId));
        requests.put(
                "POST /api/v1/cases/{caseId}/parties/{personId}/reveal",
                post("/api/v1/cases/{c}/parties/{p}/reveal", caseId, personId));
        var provider = consentFixtures.organisation(lawyer, "Crisis centre", OrganisationKind.SHELTER);
        var consent = consentFixtures.consent(lawyer, caseId, ConsentPurpose.REFERRAL, provider);
        var referral = referrals.make(
                lawyer,
                CaseId.of(caseId),
                new NewReferral(ServiceType.SHELTER, provider, null, ReferralStatus.MADE, consent.givenOn(), null));
        requests.put("GET /cases/{caseId}/consent", get("/cases/{c}/consent", caseId));
        requests.put("GET /cases/{caseId}/referrals", get("/cases/{c}/referrals", caseId));
        requests.put("GET /api/v1/cases/{caseId}/consents", get("/api/v1/cases/{c}/consents", caseId));
        requests.put(
                "GET /api/v1/consents/{id}",
                get("/api/v1/consents/{id}", consent.id().value()));
        requests.put("GET /api/v1/cases/{caseId}/referrals", get("/api/v1/cases/{c}/referrals", caseId));
        requests.put(
                "GET /api/v1/referrals/{id}",
                get("/api/v1/referrals/{id}", referral.id().value()));

        UUID reportId = reportId(report());
        UUID reportFile = triage.read(lawyer, reportId, java.util.Locale.ENGLISH)
                .files()
                .get(0)
                .id();
        requests.put("GET /intake/reports/{id}", get("/intake/reports/{id}", reportId));
        requests.put(
                "GET /intake/reports/{id}/files/{fileId}", get("/intake/reports/{id}/files/{f}", reportId, reportFile));
        requests.put("GET /api/v1/intake/reports/{id}", get("/api/v1/intake/reports/{id}", reportId));
        requests.put(
                "GET /api/v1/intake/reports/{id}/files/{fileId}",
                get("/api/v1/intake/reports/{id}/files/{f}", reportId, reportFile));

        SoftAssertions softly = new SoftAssertions();
        AuthorizationMatrixIntegrationTest.MATRIX.forEach((endpoint, row) -> {
            if (row.data() != Data.READS) return;
            MockHttpServletRequestBuilder request = requests.get(endpoint);
            softly.assertThat(request)
                    .as("a request for %s in this test", endpoint)
                    .isNotNull();
            if (request == null) return;
            TirekUser caller = endpoint.contains("erasures") ? coordinator : lawyer;
            try {
                MvcResult result = mvc.perform(request.with(SecurityMockMvcRequestPostProcessors.user(caller))
                                .with(SecurityMockMvcRequestPostProcessors.csrf()))
                        .andReturn();
                softly.assertThat(result.getResponse().getStatus())
                        .as("%s status", endpoint)
                        .isEqualTo(200);
                String requestId = result.getResponse().getHeader("X-Request-Id");
                softly.assertThat(reads(requestId))
                        .as("read entries recorded by %s", endpoint)
                        .isEqualTo(1);
            } catch (Exception e) {
                softly.fail(endpoint + " failed: " + e);
            }
        });
        softly.assertAll();
    }

    /**
     * The reporter's follow-up pages show the conversation decrypted (while unsealed) without an
     * account: each request records exactly one read, by the anonymous actor. They work sealed too,
     * so the matrix marks them as needing no keys and this test covers them instead.
     */
    @Test
    void theReportersFollowUpPagesRecordExactlyOneReadPerRequest() throws Exception {
        VaultFixture.unsealed(vault);
        String receipt = report();
        MvcResult opened =
                mvc.perform(post("/report/follow-up").param("receipt", receipt)).andReturn();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(opened.getResponse().getStatus())
                .as("POST /report/follow-up")
                .isEqualTo(200);
        softly.assertThat(reads(opened.getResponse().getHeader("X-Request-Id")))
                .as("reads recorded by POST /report/follow-up")
                .isEqualTo(1);
        String page = opened.getResponse().getContentAsString();
        MvcResult sent = mvc.perform(post("/report/follow-up/message")
                        .param("conversation", field(page, "conversation"))
                        .param("formToken", field(page, "formToken"))
                        .param("text", "one more thing"))
                .andReturn();
        softly.assertThat(sent.getResponse().getStatus())
                .as("POST /report/follow-up/message")
                .isEqualTo(200);
        softly.assertThat(reads(sent.getResponse().getHeader("X-Request-Id")))
                .as("reads recorded by POST /report/follow-up/message")
                .isEqualTo(1);
        softly.assertAll();
    }

    /** Files a report with one file through the public side; returns its receipt code. */
    private String report() {
        PublicIntake.Blank blank = intake.blank();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(blank.questionnaire().version()));
        form.put("q.what", "PSYCHOLOGICAL_ABUSE");
        form.put("q.safe", "YES");
        form.put("q.contact.way", "FOLLOW_UP_PAGE");
        form.put("q.story", "audited reads");
        var outcome = intake.submit(
                form,
                List.of(new Uploads.Incoming(
                        "note.txt", new ByteArrayInputStream("a note".getBytes(StandardCharsets.UTF_8)))),
                blank.token(),
                null);
        return ((PublicIntake.Accepted) outcome).receipt();
    }

    private UUID reportId(String receipt) {
        return intake.conversation(java.util.Objects.requireNonNull(intake.open(receipt)))
                .reportId();
    }

    private static String field(String page, String name) {
        var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(page);
        if (!m.find()) throw new AssertionError("no field " + name);
        return m.group(1);
    }

    private long reads(String requestId) {
        return jdbc.sql("select count(*) from audit_event where request_id = :r and kind = 'READ'")
                .param("r", requestId)
                .query(Long.class)
                .single();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private TirekUser user(Role role) {
        var name = accounts.create(role);
        return new TirekUser(users.find(name).orElseThrow().id(), name, role, true, false, null);
    }
}
