package org.tirek.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tirek.support.Principals.as;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tirek.support.TestFixtures;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;

@TirekTest
class SecurityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    AccessTokens tokens;

    @Test
    void anonymousPageRequestIsRedirectedToSignIn() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anonymousApiRequestGetsProblemJson401WithoutASession() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Authentication is required."))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @Test
    void wrongRoleIsForbiddenOnPagesAndApi() throws Exception {
        mvc.perform(get("/admin/users").with(as(Role.CASEWORKER))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(as(Role.LAWYER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/prometheus").with(as(Role.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void formsRequireACsrfToken() throws Exception {
        mvc.perform(post("/account/tokens").param("label", "x").with(as(Role.LAWYER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "a").param("password", "b"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signInWithTheRightPasswordSucceedsAndChangesTheSessionId() throws Exception {
        Username user = accounts.create(Role.LAWYER);
        MvcResult page = mvc.perform(get("/login")).andReturn();
        Cookie before = page.getResponse().getCookie("SESSION");
        MvcResult result = mvc.perform(post("/login")
                        .cookie(before)
                        .param("username", user.value())
                        .param("password", TestFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before == null ? null : before.getValue());
        mvc.perform(get("/api/v1/me").cookie(after))
                .andExpect(jsonPath("$.username").value(user.value()));
    }

    @Test
    void locksANameOutAfterFiveFailuresEvenWithTheRightPasswordThen() throws Exception {
        Username user = accounts.create(Role.CASEWORKER);
        for (int i = 0; i < 4; i++) {
            signIn(user.value(), "wrong password!").andExpect(redirectedUrl("/login?error"));
        }
        signIn(user.value(), "wrong password!").andExpect(redirectedUrl("/login?locked"));
        signIn(user.value(), TestFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void unknownNamesAreThrottledExactlyLikeKnownOnes() throws Exception {
        String unknown = "nobody-" + System.nanoTime();
        for (int i = 0; i < 4; i++) signIn(unknown, "wrong password!").andExpect(redirectedUrl("/login?error"));
        signIn(unknown, "wrong password!").andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void anAdministratorCanLiftALockOut() throws Exception {
        Username user = accounts.create(Role.ANALYST);
        for (int i = 0; i < 5; i++) signIn(user.value(), "wrong password!");
        signIn(user.value(), TestFixtures.PASSWORD).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(post("/admin/users/{name}/unlock", user.value())
                        .with(as(Role.ADMIN))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users?unlocked"));
        signIn(user.value(), TestFixtures.PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void firstSignInMustChangeThePasswordBeforeAnythingElse() throws Exception {
        Username user = accounts.create(Role.LAWYER, true);
        Cookie session = sessionOf(user.value(), TestFixtures.PASSWORD);
        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(post("/account/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", TestFixtures.PASSWORD)
                        .param("newPassword", "a brand new passphrase")
                        .param("confirmPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/?passwordChanged"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        signIn(user.value(), "a brand new passphrase").andExpect(redirectedUrl("/"));
    }

    @Test
    void bearerTokenAuthenticatesAndARevokedOneFails() throws Exception {
        Username user = accounts.create(Role.COORDINATOR);
        AccessTokens.IssuedToken issued = tokens.issue(user, "script");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(user.value()))
                .andExpect(jsonPath("$.role").value("COORDINATOR"));
        mvc.perform(delete("/api/v1/tokens/{id}", issued.id()).header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""))
                .andExpect(jsonPath("$.detail").value("The access token is invalid or revoked."));
    }

    @Test
    void anUnknownTokenIsRefusedAndNoCsrfIsNeededWithABearerToken() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer trk_" + "A".repeat(43)))
                .andExpect(status().isUnauthorized());
        String token = accounts.token(Role.CASEWORKER);
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\":\"second\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").value(org.hamcrest.Matchers.startsWith("trk_")));
    }

    @Test
    void tokensAreStoredOnlyAsHashes(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        Username user = accounts.create(Role.LAWYER);
        AccessTokens.IssuedToken issued = tokens.issue(user, "hash check");
        Long clearCopies = jdbc.sql("select count(*) from access_token where encode(token_hash, 'escape') like :t"
                        + " or label like :t")
                .param("t", "%" + issued.secret().substring(4, 20) + "%")
                .query(Long.class)
                .single();
        assertThat(clearCopies).isZero();
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void securityHeadersAreOnEveryResponse() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                                        org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().doesNotExist("Server"))
                .andExpect(header().exists("X-Request-Id"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    @Test
    void sessionsAreStoredInPostgresAndLogoutEndsThem(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc)
            throws Exception {
        Username user = accounts.create(Role.LAWYER);
        Cookie session = sessionOf(user.value(), TestFixtures.PASSWORD);
        String countSql = "select count(*) from spring_session where principal_name = :name";
        assertThat(jdbc.sql(countSql)
                        .param("name", user.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
        assertThat(jdbc.sql(countSql)
                        .param("name", user.value())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
    }

    private Cookie sessionOf(String name, String password) throws Exception {
        Cookie cookie = signIn(name, password).andReturn().getResponse().getCookie("SESSION");
        assertThat(cookie).as("session cookie after sign-in").isNotNull();
        return cookie;
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String name, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf()));
    }
}
