package org.tirek.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.evidence.Evidence;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The auditor's API and pages, the case access log, and what sign-in and tokens leave in the trail. */
@TirekTest
class AuditApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    Evidence evidence;

    @Autowired
    Vault vault;

    @Autowired
    JdbcClient jdbc;

    TirekUser auditor;

    @Autowired
    CaseFixtures cases;

    TirekUser lawyer;
    UUID caseId;

    @BeforeEach
    void people() {
        VaultFixture.unsealed(vault);
        auditor = account(Role.AUDITOR);
        lawyer = account(Role.LAWYER);
        caseId = cases.open(lawyer);
    }

    @Test
    void auditorsSearchPageByPageAndTheirSearchIsRecorded() throws Exception {
        for (int i = 0; i < 3; i++) {
            evidence.upload(lawyer, caseId, "f" + i + ".txt", new ByteArrayInputStream(new byte[] {1, 2}));
        }
        String first = mvc.perform(get("/api/v1/audit/events")
                        .param("caseId", caseId.toString())
                        .param("action", "evidence.")
                        .param("limit", "2")
                        .with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records.length()").value(2))
                .andExpect(jsonPath("$.records[0].action").value("evidence.upload"))
                .andExpect(jsonPath("$.records[0].actorName").value(lawyer.getUsername()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long next = json(first).path("nextOlderThan").asLong();
        mvc.perform(get("/api/v1/audit/events")
                        .param("caseId", caseId.toString())
                        .param("action", "evidence.")
                        .param("olderThan", Long.toString(next))
                        .param("limit", "2")
                        .with(user(auditor)))
                .andExpect(jsonPath("$.records.length()").value(1))
                .andExpect(jsonPath("$.nextOlderThan").doesNotExist());
        assertThat(count("audit.search", auditor.getUsername())).isEqualTo(2);
    }

    @Test
    void badFiltersAreClearErrors() throws Exception {
        mvc.perform(get("/api/v1/audit/events").param("limit", "0").with(user(auditor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/audit/events").param("caseId", "not-a-uuid").with(user(auditor)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/audit")
                        .param("caseId", "not-a-uuid")
                        .param("from", "yesterday")
                        .with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
    }

    @Test
    void theCsvExportHoldsTheFilteredEntriesAndIsRecorded() throws Exception {
        evidence.upload(lawyer, caseId, "statement-of-a-survivor.txt", new ByteArrayInputStream(new byte[] {7}));
        String csv = mvc.perform(get("/audit/export.csv")
                        .param("caseId", caseId.toString())
                        .with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst())
                .hasValue("id,position,time,actor_kind,actor,action,kind,subject_type,"
                        + "subject_id,case_id,request_id,outcome");
        assertThat(csv).contains("evidence.upload", lawyer.getUsername(), caseId.toString());
        assertThat(csv).as("names never reach the trail").doesNotContain("statement-of-a-survivor");
        assertThat(count("audit.export", auditor.getUsername())).isEqualTo(1);
    }

    @Test
    void coordinatorsSeeWhoAccessedACase() throws Exception {
        var file = evidence.upload(lawyer, caseId, "x.txt", new ByteArrayInputStream(new byte[] {7}));
        evidence.get(lawyer, file.id());
        TirekUser coordinator = account(Role.COORDINATOR);
        mvc.perform(get("/api/v1/cases/{c}/access-log", caseId).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.records[0].action").value("audit.case_access_log")) // this look itself
                .andExpect(jsonPath("$.records[1].action").value("evidence.view"))
                .andExpect(jsonPath("$.records[2].action").value("evidence.upload"));
        mvc.perform(get("/cases/{c}/access-log", caseId).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("evidence.view")));
        assertThat(count("audit.case_access_log", coordinator.getUsername())).isEqualTo(2);
    }

    @Test
    void verificationOnDemandAndCheckpointsForAWitness() throws Exception {
        mvc.perform(post("/api/v1/audit/verification").with(user(auditor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.problem").doesNotExist());
        String file = mvc.perform(get("/api/v1/audit/checkpoints").with(user(auditor)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Witness witness = CheckpointFile.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(witness.checkpoints()).isNotEmpty();
        mvc.perform(post("/api/v1/audit/verification")
                        .content(file)
                        .contentType("application/json")
                        .with(user(auditor))
                        .with(csrf()))
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.checkpoints").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(post("/api/v1/audit/verification")
                        .content("{\"format\":\"something else\"}")
                        .contentType("application/json")
                        .with(user(auditor))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/").with(user(auditor)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Audit trail verified")));
    }

    @Test
    void signInsAreRecordedWithoutEverNamingAnUnknownAccount() throws Exception {
        Username name = accounts.create(Role.CASEWORKER);
        String typo = "correct-horse-typed-as-username-" + UUID.randomUUID();
        mvc.perform(post("/login")
                .param("username", name.value())
                .param("password", "wrong")
                .with(csrf()));
        mvc.perform(
                post("/login").param("username", typo).param("password", "x").with(csrf()));
        mvc.perform(post("/login")
                .param("username", name.value())
                .param("password", TestFixtures.PASSWORD)
                .with(csrf()));
        assertThat(jdbc.sql("select outcome from audit_event where actor_name = :n and action = 'identity.sign_in'"
                                + " order by id")
                        .param("n", name.value())
                        .query(String.class)
                        .list())
                .containsExactly("DENIED", "SUCCESS");
        assertThat(jdbc.sql("select count(*) from audit_event where actor_name like :t or subject_id like :t")
                        .param("t", "%" + typo + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void tokenUseIsRecordedOnceAMinuteAtMost() throws Exception {
        String token = accounts.token(Role.LAWYER);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk());
        }
        Long uses = jdbc.sql("select count(*) from audit_event e join access_token t on e.subject_id = t.id::text"
                        + " where e.action = 'identity.token_use' and t.token_hash = sha256(convert_to(:t, 'UTF8'))")
                .param("t", token)
                .query(Long.class)
                .single();
        assertThat(uses).isEqualTo(1);
    }

    private long count(String action, String actor) {
        return jdbc.sql("select count(*) from audit_event where action = :a and actor_name = :n")
                .param("a", action)
                .param("n", actor)
                .query(Long.class)
                .single();
    }

    private static JsonNode json(String body) {
        return JsonMapper.builder().build().readTree(body);
    }

    private TirekUser account(Role role) {
        var name = accounts.create(role);
        return new TirekUser(users.find(name).orElseThrow().id(), name, role, true, false, null);
    }
}
