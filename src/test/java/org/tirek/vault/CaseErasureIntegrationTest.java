package org.tirek.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.Download;
import org.tirek.evidence.Evidence;
import org.tirek.evidence.EvidenceFile;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TestFixtures.ConsentFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;

/**
 * Erasure needs two people, destroys the case's keys, and leaves a record. Runs with the database
 * evidence store, sharing its context with {@code DatabaseStoreIntegrationTest}.
 */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.evidence.store=database"})
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class CaseErasureIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseErasures erasures;

    @Autowired
    FieldEncryption fields;

    @Autowired
    Evidence evidence;

    @Autowired
    Vault vault;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    ApplicationEvents events;

    @Autowired
    CaseFixtures cases;

    @Autowired
    ConsentFixtures consents;

    @BeforeEach
    void unsealed() {
        VaultFixture.unsealed(vault);
    }

    @Test
    void aSecondPersonApprovesAndTheCaseBecomesUnreadableForGood() throws Exception {
        TirekUser lawyer = user(Role.LAWYER);
        TirekUser coordinator = user(Role.COORDINATOR);
        UUID caseId = cases.open(lawyer);
        FieldRef note = FieldRef.of("note", "text", UUID.randomUUID());
        SealedText sealed = fields.seal(KeyScope.ofCase(caseId), note, "the survivor's new address");
        EvidenceFile file = evidence.upload(
                lawyer, caseId, "photo.txt", new ByteArrayInputStream("evidence".getBytes(StandardCharsets.UTF_8)));

        CaseErasures.Request request = erasures.request(lawyer, caseId, "the client asked us to", true);
        assertThat(erasures.pending(coordinator))
                .extracting(CaseErasures.Request::id)
                .contains(request.id());
        assertThatThrownBy(() -> erasures.request(lawyer, caseId, "again", false))
                .hasMessage("An erasure of this case is already waiting for approval");

        CaseErasures.Request approved = erasures.approve(coordinator, request.id());
        assertThat(approved.outcome()).isEqualTo("APPROVED");
        assertThat(approved.decidedBy()).isEqualTo(coordinator.getUsername());
        assertThat(approved.reason()).isEqualTo("the client asked us to");
        assertThat(events.stream(CaseErased.class)).anyMatch(e -> e.caseId().equals(caseId) && e.keepStructural());

        vault.seal();
        VaultFixture.unsealed(vault);
        assertThatThrownBy(() -> fields.open(KeyScope.ofCase(caseId), note, sealed))
                .isInstanceOf(DecryptionFailedException.class);
        assertThatThrownBy(() -> evidence.download(lawyer, file.id(), Download.Copy.ORIGINAL, "after erasure"))
                .isInstanceOf(DecryptionFailedException.class)
                .hasMessage("This case was erased; its data can no longer be read.");
    }

    @Test
    void theRequesterCannotApproveAndCaseworkersCannotDecide() {
        TirekUser coordinator = user(Role.COORDINATOR);
        UUID caseId = cases.open(coordinator);
        CaseErasures.Request request = erasures.request(coordinator, caseId, "duplicate case", false);
        assertThatThrownBy(() -> erasures.approve(coordinator, request.id()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("A second person must decide");
        assertThatThrownBy(() -> erasures.approve(user(Role.CASEWORKER), request.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fields.shredded(KeyScope.ofCase(caseId))).isFalse();

        CaseErasures.Request rejected = erasures.reject(user(Role.ADMIN), request.id());
        assertThat(rejected.outcome()).isEqualTo("REJECTED");
        assertThat(fields.shredded(KeyScope.ofCase(caseId))).isFalse();
        assertThatThrownBy(() -> erasures.approve(user(Role.ADMIN), request.id()))
                .hasMessage("This request was already decided");
    }

    @Test
    void analystsCannotAskAndAReasonIsRequired() {
        TirekUser lawyer = user(Role.LAWYER);
        UUID caseId = cases.open(lawyer);
        assertThatThrownBy(() -> erasures.request(user(Role.ANALYST), caseId, "x", false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasures.request(lawyer, caseId, " ", false))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void anErasedCaseKeepsNoFingerprintOfItsFilesAndTheirChainsEndWithTheErasure() {
        TirekUser lawyer = user(Role.LAWYER);
        TirekUser coordinator = user(Role.COORDINATOR);
        UUID caseId = cases.open(lawyer);
        EvidenceFile live = evidence.upload(lawyer, caseId, "a.txt", text("first"));
        EvidenceFile deleted = evidence.upload(lawyer, caseId, "b.txt", text("second"));
        evidence.delete(lawyer, deleted.id(), "uploaded to the wrong case");

        erasures.approve(
                coordinator,
                erasures.request(lawyer, caseId, "consent withdrawn", false).id());

        for (EvidenceFile file : List.of(live, deleted)) {
            Map<String, Object> row =
                    jdbc.sql("""
                            select sha256, media_type, size_bytes, sharing_size, erased_at, deleted_at
                              from evidence_file where id = :id
                            """).param("id", file.id()).query().singleRow();
            assertThat(row.get("sha256")).as("fingerprint of %s", file.name()).isNull();
            assertThat(row.get("media_type")).isNull();
            assertThat(row.get("size_bytes")).isNull();
            assertThat(row.get("sharing_size")).isNull();
            assertThat(row.get("erased_at")).isNotNull();
            assertThat(row.get("deleted_at")).isNotNull();
            List<CustodyEntry> custody = evidence.custody(lawyer, file.id());
            assertThat(custody).allSatisfy(c -> assertThat(c.reason()).isNull());
            assertThat(custody.getLast().action()).isEqualTo(CustodyEntry.Action.ERASED);
            assertThat(custody.getLast().actor()).isEqualTo(coordinator.getUsername());
            assertThat(jdbc.sql("""
                                    select count(*) from audit_event
                                     where action = 'evidence.erased' and subject_type = 'evidence_file'
                                       and subject_id = :id and actor_name = :who
                                    """)
                            .param("id", file.id().toString())
                            .param("who", coordinator.getUsername())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void anErasureThatKeepsStructuralDataKeepsTypeAndSizeButNoFingerprint() {
        TirekUser lawyer = user(Role.LAWYER);
        UUID caseId = cases.open(lawyer);
        EvidenceFile file = evidence.upload(lawyer, caseId, "a.txt", text("some words"));
        erasures.approve(
                user(Role.ADMIN),
                erasures.request(lawyer, caseId, "duplicate", true).id());
        Map<String, Object> row = jdbc.sql("select sha256, media_type, size_bytes from evidence_file where id = :id")
                .param("id", file.id())
                .query()
                .singleRow();
        assertThat(row.get("sha256")).isNull();
        assertThat(row.get("media_type")).isEqualTo(file.mediaType());
        assertThat(row.get("size_bytes")).isEqualTo(file.size());
        assertThatThrownBy(() -> jdbc.sql("update evidence_file set sha256 = null where id = :id and erased_at is null")
                        .param(
                                "id",
                                evidence.upload(lawyer, cases.open(lawyer), "b.txt", text("b"))
                                        .id())
                        .update())
                .as("a fingerprint goes only with an erasure")
                .hasMessageContaining("evidence_file_fingerprint_until_erased");
    }

    @Test
    void afterAnErasureTheApiAndPagesSayTheCaseIsGoneWithoutAStackTrace(@Autowired MockMvc mvc, CapturedOutput output)
            throws Exception {
        TirekUser lawyer = user(Role.LAWYER);
        UUID caseId = cases.open(lawyer);
        String token = accounts.tokens().issue(lawyer.name(), "test").secret();
        EvidenceFile file = evidence.upload(lawyer, caseId, "a.txt", text("words"));
        evidence.recordTransfer(lawyer, file.id(), consents.sharingPartner(lawyer, caseId), "to the lawyer abroad");
        erasures.approve(
                user(Role.COORDINATOR),
                erasures.request(lawyer, caseId, "mistake", false).id());

        mvc.perform(get("/api/v1/evidence/{id}/custody", file.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].action").value("UPLOADED"))
                .andExpect(jsonPath("$[1].action").value("TRANSFERRED"))
                .andExpect(jsonPath("$[1].reason").doesNotExist())
                .andExpect(jsonPath("$[2].action").value("ERASED"));
        mvc.perform(get("/api/v1/evidence/{id}", file.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value("This case was erased; its data can no longer be read."));
        mvc.perform(get("/api/v1/cases/{c}/evidence", caseId).header("Authorization", "Bearer " + token))
                .andExpect(status().isGone());
        mvc.perform(post("/api/v1/cases/{c}/evidence", caseId)
                        .header("Authorization", "Bearer " + token)
                        .header("X-File-Name", "late.txt")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content("too late".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value("This case was erased; its data can no longer be read."));
        assertThatThrownBy(() -> evidence.upload(lawyer, caseId, "late.txt", text("too late")))
                .isInstanceOf(DecryptionFailedException.class);

        String page = mvc.perform(get("/evidence/{id}", file.id()).with(signedIn(lawyer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Erased file")
                .contains("Erased with its case")
                .doesNotContain("to the lawyer");
        mvc.perform(get("/cases/{c}/evidence", caseId).with(signedIn(lawyer)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isGone())
                .andExpect(MockMvcResultMatchers.content().string(containsString("This case was erased")));
        assertThat(output.getAll()).doesNotContain("\tat org.tirek").doesNotContain("Unexpected error");
        assertThat(jdbc.sql("select count(*) from evidence_file where case_id = :c and erased_at is null")
                        .param("c", caseId)
                        .query(Long.class)
                        .single())
                .as("nothing was stored for the erased case")
                .isZero();
    }

    @Test
    void theErasurePageListsRecentDecisionsToApproversAndToTheAsker(@Autowired MockMvc mvc) throws Exception {
        TirekUser lawyer = user(Role.LAWYER);
        TirekUser coordinator = user(Role.COORDINATOR);
        UUID caseId = cases.open(lawyer);
        erasures.reject(
                coordinator,
                erasures.request(lawyer, caseId, "asked by mistake", false).id());

        assertThat(page(mvc, coordinator))
                .contains("Recent decisions")
                .contains(caseId.toString())
                .contains("Rejected")
                .contains("asked by mistake");
        assertThat(page(mvc, lawyer)).contains("Decisions on your requests").contains(caseId.toString());
        assertThat(page(mvc, user(Role.CASEWORKER))).doesNotContain(caseId.toString());
    }

    private static String page(MockMvc mvc, TirekUser who) throws Exception {
        return mvc.perform(get("/erasures").with(signedIn(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static RequestPostProcessor signedIn(TirekUser who) {
        return SecurityMockMvcRequestPostProcessors.user(who);
    }

    private static ByteArrayInputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReasonLeftOutOfTheApiRequestIsRefusedWithTheFieldNamed(@Autowired MockMvc mvc) throws Exception {
        TirekUser lawyer = user(Role.LAWYER);
        UUID caseId = cases.open(lawyer);
        mvc.perform(post("/api/v1/cases/{c}/erasure", caseId)
                        .header(
                                "Authorization",
                                "Bearer "
                                        + accounts.tokens()
                                                .issue(lawyer.name(), "test")
                                                .secret())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keepStructural\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(erasures.pending(user(Role.COORDINATOR)))
                .extracting(CaseErasures.Request::caseId)
                .doesNotContain(caseId);
    }

    private TirekUser user(Role role) {
        var name = accounts.create(role);
        return new TirekUser(users.find(name).orElseThrow().id(), name, role, true, false, null);
    }
}
