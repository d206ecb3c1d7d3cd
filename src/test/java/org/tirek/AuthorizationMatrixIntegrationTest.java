package org.tirek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.tirek.identity.Role;
import org.tirek.support.Principals;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Every endpoint the application registers, checked against the access it is meant to have, for
 * an anonymous caller and for each role. A new endpoint without a row here fails the build; so does
 * a row whose endpoint no longer exists.
 */
@TirekTest
class AuthorizationMatrixIntegrationTest {

    /** Who may call an endpoint. */
    enum Access {
        PUBLIC(EnumSet.allOf(Role.class), true),
        SIGNED_IN(EnumSet.allOf(Role.class), false),
        ADMIN(EnumSet.of(Role.ADMIN), false),
        /** Staff who work on cases (need-to-know inside the case comes on top). */
        CASE_STAFF(EnumSet.of(Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER), false),
        /** Case staff and administrators. */
        STAFF_AND_ADMIN(EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.LAWYER, Role.CASEWORKER), false),
        /** Those who make a legal judgement on a case: set another date for a deadline, waive one. */
        LAWYERS_AND_COORDINATORS(EnumSet.of(Role.COORDINATOR, Role.LAWYER), false),
        /** Those who decide two-person actions. */
        APPROVERS(EnumSet.of(Role.ADMIN, Role.COORDINATOR), false),
        /** Those who read and verify the audit trail. */
        AUDITORS(EnumSet.of(Role.ADMIN, Role.AUDITOR), false),
        /** Those who may see who accessed a case. */
        CASE_LOG_READERS(EnumSet.of(Role.ADMIN, Role.AUDITOR, Role.COORDINATOR), false);

        final Set<Role> roles;
        final boolean anonymous;

        Access(Set<Role> roles, boolean anonymous) {
            this.roles = roles;
            this.anonymous = anonymous;
        }
    }

    /** What an endpoint does with sensitive data. */
    enum Data {
        /** Nothing sensitive: works while the vault is sealed. */
        NONE,
        /** Needs the vault's keys (writes sensitive data, or acts on keys) but returns nothing sensitive. */
        KEYS,
        /** Returns sensitive data: needs the keys, and every call is an audited read. */
        READS
    }

    /** One row of the matrix. */
    record Row(Access access, Data data) {}

    private static Map.Entry<String, Row> row(String endpoint, Access access) {
        return Map.entry(endpoint, new Row(access, Data.NONE));
    }

    private static Map.Entry<String, Row> row(String endpoint, Access access, Data data) {
        return Map.entry(endpoint, new Row(access, data));
    }

    @SafeVarargs
    private static Map<String, Row> matrix(Map.Entry<String, Row>... rows) {
        return new TreeMap<>(Map.ofEntries(rows));
    }

    /** The matrix: "METHOD path-pattern" to expected access and use of sensitive data. */
    static final Map<String, Row> MATRIX = matrix(
            // platform
            row("GET /", Access.SIGNED_IN),
            row("ANY /error", Access.PUBLIC),
            // identity: pages
            row("GET /login", Access.PUBLIC),
            row("GET /account/password", Access.SIGNED_IN),
            row("POST /account/password", Access.SIGNED_IN),
            row("GET /account/tokens", Access.SIGNED_IN),
            row("POST /account/tokens", Access.SIGNED_IN),
            row("POST /account/tokens/{id}/revoke", Access.SIGNED_IN),
            row("GET /admin/users", Access.ADMIN),
            row("POST /admin/users", Access.ADMIN),
            row("POST /admin/users/{username}/unlock", Access.ADMIN),
            // identity: API
            row("GET /api/v1/me", Access.SIGNED_IN),
            row("GET /api/v1/users", Access.ADMIN),
            row("POST /api/v1/users", Access.ADMIN),
            row("GET /api/v1/tokens", Access.SIGNED_IN),
            row("POST /api/v1/tokens", Access.SIGNED_IN),
            row("DELETE /api/v1/tokens/{id}", Access.SIGNED_IN),
            // vault: unsealing is public (the secret is the credential), everything else for administrators
            row("GET /vault", Access.ADMIN),
            row("POST /vault/init", Access.ADMIN),
            row("POST /vault/seal", Access.ADMIN),
            row("POST /vault/rotate", Access.ADMIN, Data.KEYS),
            row("GET /vault/unseal", Access.PUBLIC),
            row("POST /vault/unseal", Access.PUBLIC),
            row("GET /api/v1/vault/status", Access.PUBLIC),
            row("POST /api/v1/vault/unseal", Access.PUBLIC),
            row("POST /api/v1/vault/init", Access.ADMIN),
            row("POST /api/v1/vault/seal", Access.ADMIN),
            row("POST /api/v1/vault/rotate-master-key", Access.ADMIN, Data.KEYS),
            // evidence
            row("GET /evidence", Access.CASE_STAFF),
            row("GET /evidence/{id}", Access.CASE_STAFF, Data.READS),
            row("POST /evidence/{id}/transfer", Access.CASE_STAFF, Data.KEYS),
            row("GET /cases/{caseId}/evidence", Access.CASE_STAFF, Data.READS),
            row("POST /cases/{caseId}/evidence/{id}/download", Access.CASE_STAFF, Data.READS),
            row("POST /cases/{caseId}/evidence/{id}/delete", Access.CASE_STAFF, Data.KEYS),
            row("POST /cases/{caseId}/evidence/bundle", Access.CASE_STAFF, Data.READS),
            row("GET /evidence/public-key.pem", Access.PUBLIC),
            row("POST /api/v1/cases/{caseId}/evidence", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/evidence", Access.CASE_STAFF, Data.READS),
            row("POST /api/v1/cases/{caseId}/evidence/bundle", Access.CASE_STAFF, Data.READS),
            row("GET /api/v1/evidence/{id}", Access.CASE_STAFF, Data.READS),
            row("GET /api/v1/evidence/{id}/custody", Access.CASE_STAFF, Data.READS),
            row("POST /api/v1/evidence/{id}/download", Access.CASE_STAFF, Data.READS),
            row("POST /api/v1/evidence/{id}/transfers", Access.CASE_STAFF, Data.KEYS),
            row("POST /api/v1/evidence/{id}/delete", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/evidence/public-key", Access.PUBLIC),
            // erasure (two people)
            row("GET /erasures", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /erasures", Access.CASE_STAFF, Data.KEYS),
            row("POST /erasures/{id}/approve", Access.APPROVERS, Data.KEYS),
            row("POST /erasures/{id}/reject", Access.APPROVERS, Data.KEYS),
            row("POST /api/v1/cases/{caseId}/erasure", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/erasures", Access.APPROVERS, Data.READS),
            row("POST /api/v1/erasures/{id}/approve", Access.APPROVERS, Data.KEYS),
            row("POST /api/v1/erasures/{id}/reject", Access.APPROVERS, Data.KEYS),
            // cases: pages
            row("GET /cases", Access.STAFF_AND_ADMIN),
            row("GET /cases/new", Access.CASE_STAFF),
            row("POST /cases", Access.CASE_STAFF, Data.KEYS),
            row("GET /cases/{caseId}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /cases/{caseId}/edit", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/status", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/team", Access.APPROVERS, Data.KEYS),
            row("POST /cases/{caseId}/team/{userId}/remove", Access.APPROVERS, Data.KEYS),
            row("POST /cases/{caseId}/join", Access.APPROVERS, Data.KEYS),
            row("POST /cases/{caseId}/notes", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /cases/{caseId}/notes/{noteId}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /cases/{caseId}/notes/{noteId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /cases/{caseId}/timeline", Access.STAFF_AND_ADMIN, Data.READS),
            // cases: API
            row("POST /api/v1/cases", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/cases", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/cases/{caseId}", Access.STAFF_AND_ADMIN, Data.READS),
            row("PATCH /api/v1/cases/{caseId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /api/v1/cases/{caseId}/status", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/team", Access.STAFF_AND_ADMIN),
            row("POST /api/v1/cases/{caseId}/team", Access.APPROVERS),
            row("DELETE /api/v1/cases/{caseId}/team/{userId}", Access.APPROVERS),
            row("POST /api/v1/cases/{caseId}/join", Access.APPROVERS),
            row("GET /api/v1/cases/{caseId}/notes", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/cases/{caseId}/notes", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("PUT /api/v1/cases/{caseId}/notes/{noteId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/notes/{noteId}/history", Access.STAFF_AND_ADMIN, Data.READS),
            row("GET /api/v1/cases/{caseId}/timeline", Access.STAFF_AND_ADMIN, Data.READS),
            // tasks
            row("GET /tasks", Access.STAFF_AND_ADMIN, Data.READS),
            row("GET /cases/{caseId}/tasks", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /cases/{caseId}/tasks", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/tasks/{taskId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/tasks", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/cases/{caseId}/tasks", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("PUT /api/v1/cases/{caseId}/tasks/{taskId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/tasks/mine", Access.STAFF_AND_ADMIN, Data.READS),
            // consent and referrals (team members of the case, as for tasks)
            row("GET /cases/{caseId}/consent", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /cases/{caseId}/consent", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/consent/{consentId}/revoke", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /cases/{caseId}/referrals", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /cases/{caseId}/referrals", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/referrals/{referralId}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/consents", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/cases/{caseId}/consents", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/consents/effective", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/consents/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/consents/{id}/revoke", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/referrals", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/cases/{caseId}/referrals", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/referrals/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("PATCH /api/v1/referrals/{id}", Access.STAFF_AND_ADMIN, Data.KEYS),
            // proceedings
            row("GET /cases/{caseId}/proceedings", Access.STAFF_AND_ADMIN),
            row("POST /cases/{caseId}/proceedings", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /proceedings/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /proceedings/{id}/events", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /proceedings/{id}/charges", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /proceedings/{id}/links", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /api/v1/cases/{caseId}/proceedings", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/proceedings", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/proceedings/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/proceedings/{id}/events", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /api/v1/proceedings/{id}/charges", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /api/v1/proceedings/{id}/links", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/proceedings/machines/{type}", Access.STAFF_AND_ADMIN),
            // proceedings: safeguard alerts (team members; the digest and the facts are structural)
            row("GET /alerts", Access.STAFF_AND_ADMIN),
            row("POST /alerts/{id}/acknowledge", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /alerts/mail", Access.STAFF_AND_ADMIN),
            row("POST /cases/{caseId}/safeguard-facts", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/cases/{caseId}/alerts", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/alerts/{id}/acknowledge", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("PUT /api/v1/cases/{caseId}/safeguard-facts", Access.STAFF_AND_ADMIN),
            // deadlines and rule packs (team members act; coordinators and administrators see the board of every case)
            row("GET /deadlines", Access.STAFF_AND_ADMIN),
            row("POST /deadlines/{id}/override", Access.LAWYERS_AND_COORDINATORS, Data.KEYS),
            row("POST /deadlines/{id}/acknowledge", Access.STAFF_AND_ADMIN),
            row("POST /deadlines/{id}/waive", Access.LAWYERS_AND_COORDINATORS, Data.KEYS),
            row("GET /rule-packs", Access.STAFF_AND_ADMIN),
            // the calendar (need-to-know as on the board); the feed's secret address is its own credential
            row("GET /calendar", Access.STAFF_AND_ADMIN),
            row("POST /calendar/feed", Access.STAFF_AND_ADMIN),
            row("POST /calendar/feed/revoke", Access.STAFF_AND_ADMIN),
            row("GET /feeds/{token}.ics", Access.PUBLIC),
            row("GET /api/v1/calendar", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/proceedings/{id}/deadlines", Access.STAFF_AND_ADMIN, Data.READS),
            row("GET /api/v1/cases/{caseId}/deadlines", Access.STAFF_AND_ADMIN),
            row("GET /api/v1/deadlines", Access.STAFF_AND_ADMIN),
            row("POST /api/v1/deadlines/{id}/override", Access.LAWYERS_AND_COORDINATORS, Data.KEYS),
            row("POST /api/v1/deadlines/{id}/acknowledge", Access.STAFF_AND_ADMIN),
            row("POST /api/v1/deadlines/{id}/waive", Access.LAWYERS_AND_COORDINATORS, Data.KEYS),
            row("GET /api/v1/rule-packs", Access.STAFF_AND_ADMIN),
            // incidents: pages (team members of the case; the classifier's steps store nothing but lead to a write)
            row("GET /cases/{caseId}/incidents", Access.STAFF_AND_ADMIN, Data.READS),
            row("GET /cases/{caseId}/incidents/new", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/incidents/new", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /cases/{caseId}/incidents", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /incidents/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /incidents/{id}", Access.STAFF_AND_ADMIN, Data.KEYS),
            // incidents: API
            row("GET /api/v1/cases/{caseId}/incidents", Access.STAFF_AND_ADMIN, Data.READS),
            row("POST /api/v1/cases/{caseId}/incidents", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("GET /api/v1/incidents/{id}", Access.STAFF_AND_ADMIN, Data.READS),
            row("PUT /api/v1/incidents/{id}", Access.STAFF_AND_ADMIN, Data.KEYS),
            row("POST /api/v1/incidents/classify", Access.STAFF_AND_ADMIN),
            // people: a case's parties (pages)
            row("GET /cases/{caseId}/parties", Access.CASE_STAFF, Data.READS),
            row("POST /cases/{caseId}/parties/existing", Access.CASE_STAFF, Data.KEYS),
            row("POST /cases/{caseId}/parties/new", Access.CASE_STAFF, Data.KEYS),
            row("POST /cases/{caseId}/parties/{personId}/reveal", Access.CASE_STAFF, Data.READS),
            row("POST /cases/{caseId}/parties/{personId}/remove", Access.CASE_STAFF),
            // people: persons and organisations (pages)
            row("GET /people/{id}", Access.CASE_STAFF, Data.READS),
            row("POST /people/{id}/profile", Access.CASE_STAFF, Data.KEYS),
            row("POST /people/{id}/identity", Access.CASE_STAFF, Data.KEYS),
            row("POST /people/{id}/safe-contact", Access.CASE_STAFF, Data.KEYS),
            row("GET /organisations", Access.CASE_STAFF),
            row("POST /organisations", Access.CASE_STAFF),
            row("GET /organisations/{id}", Access.CASE_STAFF),
            row("POST /organisations/{id}", Access.CASE_STAFF),
            row("POST /organisations/{id}/archive", Access.CASE_STAFF),
            // people: API
            row("POST /api/v1/people", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/people", Access.CASE_STAFF),
            row("GET /api/v1/people/{id}", Access.CASE_STAFF, Data.READS),
            row("PUT /api/v1/people/{id}/profile", Access.CASE_STAFF),
            row("PUT /api/v1/people/{id}/identity", Access.CASE_STAFF, Data.KEYS),
            row("PUT /api/v1/people/{id}/safe-contact", Access.CASE_STAFF, Data.KEYS),
            row("GET /api/v1/cases/{caseId}/parties", Access.CASE_STAFF, Data.READS),
            row("POST /api/v1/cases/{caseId}/parties", Access.CASE_STAFF, Data.KEYS),
            row("DELETE /api/v1/cases/{caseId}/parties/{personId}", Access.CASE_STAFF),
            row("POST /api/v1/cases/{caseId}/parties/{personId}/reveal", Access.CASE_STAFF, Data.READS),
            row("GET /api/v1/organisations", Access.CASE_STAFF),
            row("POST /api/v1/organisations", Access.CASE_STAFF),
            row("GET /api/v1/organisations/{id}", Access.CASE_STAFF),
            row("PUT /api/v1/organisations/{id}", Access.CASE_STAFF),
            row("DELETE /api/v1/organisations/{id}", Access.CASE_STAFF),
            // intake: the public report pages (no account, no cookie; they work while sealed, the conversation's
            // messages then left out; the follow-up pages' reads are checked in AuditedReadsIntegrationTest)
            row("GET /report", Access.PUBLIC),
            row("POST /report", Access.PUBLIC),
            row("GET /report/follow-up", Access.PUBLIC),
            row("POST /report/follow-up", Access.PUBLIC),
            row("POST /report/follow-up/message", Access.PUBLIC),
            row("POST /report/follow-up/delete", Access.PUBLIC),
            row("GET /report/exit", Access.PUBLIC),
            // intake: triage (pages)
            row("GET /intake", Access.CASE_STAFF),
            row("GET /intake/reports/{id}", Access.CASE_STAFF, Data.READS),
            row("GET /intake/reports/{id}/files/{fileId}", Access.CASE_STAFF, Data.READS),
            row("POST /intake/reports/{id}/reply", Access.CASE_STAFF, Data.KEYS),
            row("POST /intake/reports/{id}/spam", Access.CASE_STAFF),
            row("POST /intake/reports/{id}/assign", Access.CASE_STAFF, Data.KEYS),
            row("POST /intake/reports/{id}/convert", Access.CASE_STAFF, Data.KEYS),
            row("POST /intake/reports/{id}/attach", Access.CASE_STAFF, Data.KEYS),
            row("POST /intake/reports/{id}/files/{fileId}/evidence", Access.CASE_STAFF, Data.KEYS),
            row("GET /intake/questionnaire", Access.ADMIN),
            row("POST /intake/questionnaire", Access.ADMIN),
            row("POST /intake/keys/rotate", Access.ADMIN, Data.KEYS),
            // intake: triage (API)
            row("GET /api/v1/intake/reports", Access.CASE_STAFF),
            row("GET /api/v1/intake/reports/{id}", Access.CASE_STAFF, Data.READS),
            row("GET /api/v1/intake/reports/{id}/files/{fileId}", Access.CASE_STAFF, Data.READS),
            row("POST /api/v1/intake/reports/{id}/replies", Access.CASE_STAFF, Data.KEYS),
            row("POST /api/v1/intake/reports/{id}/spam", Access.CASE_STAFF),
            row("POST /api/v1/intake/reports/{id}/assignee", Access.CASE_STAFF),
            row("POST /api/v1/intake/reports/{id}/conversion", Access.CASE_STAFF, Data.KEYS),
            row("POST /api/v1/intake/reports/{id}/attachment", Access.CASE_STAFF, Data.KEYS),
            row("POST /api/v1/intake/reports/{id}/files/{fileId}/evidence", Access.CASE_STAFF, Data.KEYS),
            // audit trail
            row("GET /audit", Access.AUDITORS),
            row("GET /audit/export.csv", Access.AUDITORS),
            row("GET /audit/verification", Access.AUDITORS),
            row("POST /audit/verification", Access.AUDITORS),
            row("GET /audit/checkpoints", Access.AUDITORS),
            row("GET /cases/{caseId}/access-log", Access.CASE_LOG_READERS),
            row("GET /api/v1/audit/events", Access.AUDITORS),
            row("GET /api/v1/audit/verification", Access.AUDITORS),
            row("POST /api/v1/audit/verification", Access.AUDITORS),
            row("GET /api/v1/audit/checkpoints", Access.AUDITORS),
            row("GET /api/v1/cases/{caseId}/access-log", Access.CASE_LOG_READERS),
            // operations
            row("GET /actuator", Access.ADMIN),
            row("GET /actuator/health", Access.PUBLIC),
            row("GET /actuator/health/**", Access.PUBLIC),
            row("GET /actuator/info", Access.ADMIN),
            row("GET /actuator/prometheus", Access.ADMIN),
            // OpenAPI description for any signed-in user, Swagger UI for administrators
            row("GET /v3/api-docs", Access.SIGNED_IN),
            row("GET /v3/api-docs.yaml", Access.SIGNED_IN),
            row("GET /v3/api-docs/swagger-config", Access.SIGNED_IN),
            row("GET /swagger-ui.html", Access.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Vault vault;

    @Test
    void everyRegisteredEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> registered = registeredEndpoints(context);
        assertThat(new TreeSet<>(MATRIX.keySet()))
                .as("rows in the matrix (left) vs endpoints registered (right)")
                .containsExactlyInAnyOrderElementsOf(registered);
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Map.Entry<String, Row> row : MATRIX.entrySet()) {
            Access access = row.getValue().access();
            cells.add(Arguments.of(row.getKey(), null, access));
            for (Role role : Role.values()) cells.add(Arguments.of(row.getKey(), role, access));
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void endpointAnswersEachCallerAsTheMatrixSays(String endpoint, Role role, Access access) throws Exception {
        boolean allowed = role == null ? access.anonymous : access.roles.contains(role);
        MvcResult result = mvc.perform(requestFor(endpoint, role)).andReturn();
        int status = result.getResponse().getStatus();
        String location = String.valueOf(result.getResponse().getRedirectedUrl());
        boolean refused = status == 401 || status == 403 || (status == 302 && location.endsWith("/login"));
        assertThat(refused)
                .as("%s as %s answered %d %s", endpoint, role == null ? "anonymous" : role, status, location)
                .isEqualTo(!allowed);
        if (!allowed && endpoint.contains(" /api/")) {
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
    }

    @Test
    void aSealedVaultRefusesEveryEndpointThatNeedsKeysAndServesTheRest() throws Exception {
        VaultFixture.unsealed(vault);
        vault.seal();
        try {
            SoftAssertions softly = new SoftAssertions();
            for (Map.Entry<String, Row> row : MATRIX.entrySet()) {
                Access access = row.getValue().access();
                Role caller = access.anonymous ? null : access.roles.iterator().next();
                int status = mvc.perform(requestFor(row.getKey(), caller))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                softly.assertThat(status)
                        .as("%s as %s with the vault sealed", row.getKey(), caller)
                        .matches(
                                s -> (s == 503) == (row.getValue().data() != Data.NONE),
                                row.getValue().data() == Data.NONE ? "not 503" : "503");
            }
            softly.assertAll();
        } finally {
            VaultFixture.unsealed(vault);
        }
    }

    private static MockHttpServletRequestBuilder requestFor(String endpoint, Role role) {
        String[] parts = endpoint.split(" ", 2);
        String method = parts[0].equals("ANY") ? "GET" : parts[0];
        String path = parts[1].replace("{id}", "00000000-0000-0000-0000-000000000000")
                .replace("{caseId}", "00000000-0000-0000-0000-000000000001")
                .replace("{username}", "nobody")
                .replace("{noteId}", "00000000-0000-0000-0000-000000000002")
                .replace("{userId}", "00000000-0000-0000-0000-000000000003")
                .replace("{taskId}", "00000000-0000-0000-0000-000000000004")
                .replace("{type}", "EXTRADITION")
                .replace("{personId}", "00000000-0000-0000-0000-000000000004")
                .replace("{consentId}", "00000000-0000-0000-0000-000000000005")
                .replace("{referralId}", "00000000-0000-0000-0000-000000000006")
                .replace("{fileId}", "00000000-0000-0000-0000-000000000007")
                .replace("{token}", "cal_no-such-feed")
                .replace("/**", "/liveness");
        MockHttpServletRequestBuilder request =
                request(HttpMethod.valueOf(method), path).accept(MediaType.TEXT_HTML);
        if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/")) {
            request = request(HttpMethod.valueOf(method), path).accept(MediaType.APPLICATION_JSON);
        }
        if (!method.equals("GET")) {
            request.with(csrf());
            if (path.startsWith("/api/"))
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (role != null) request.with(Principals.as(role));
        return request;
    }

    /** "METHOD pattern" for every handler of every request mapping (MVC, actuator, springdoc). */
    static Set<String> registeredEndpoints(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) endpoints.add("ANY " + pattern);
                    for (RequestMethod m : methods) endpoints.add(m.name() + " " + pattern);
                }
            }
        }
        return endpoints;
    }
}
