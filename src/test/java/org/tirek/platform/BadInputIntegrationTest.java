package org.tirek.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tirek.support.Principals.as;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;

/** Bad requests get a clear 4xx problem detail and change nothing. */
@TirekTest
class BadInputIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @LocalServerPort
    int port;

    @Test
    void malformedJsonIsA400ProblemThatDoesNotEchoTheBody() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(as(Role.LAWYER))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"secret-looking-text"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape."))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret-looking-text"))));
    }

    @Test
    void aWrongContentTypeIsA415Problem() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(as(Role.LAWYER))
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("label=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void validationErrorsListTheFields() throws Exception {
        String token = accounts.token(Role.LAWYER);
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("label"))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void domainRefusalsAre422WithFieldsAndLoseNothingSaved() throws Exception {
        String admin = accounts.token(Role.ADMIN);
        Username existing = accounts.create(Role.CASEWORKER);
        long before = users.list().size();
        mvc.perform(post("/api/v1/users")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + existing.value()
                                + "\",\"role\":\"ANALYST\",\"password\":\"another long password\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        mvc.perform(post("/api/v1/users")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Bad Name!\",\"role\":\"KING\",\"password\":\"short\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors").isArray());
        assertThat(users.list()).hasSize((int) before);
        assertThat(users.find(existing).orElseThrow().role()).isEqualTo(Role.CASEWORKER);
    }

    @Test
    void anOversizedBodyIsA413ProblemWithOrWithoutAContentLength() throws Exception {
        String token = accounts.token(Role.LAWYER);
        String huge = "{\"label\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        // chunked: no Content-Length, so only the counting stream can stop it
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void unknownApiPathsAndWrongMethodsAreProblems() throws Exception {
        String token = accounts.token(Role.LAWYER);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> missing = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/no-such-thing"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(missing.body())
                .contains("\"detail\"")
                .doesNotContain("Exception")
                .doesNotContain("at org.");

        HttpResponse<String> wrongMethod = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                        .header("Authorization", "Bearer " + token)
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        mvc.perform(get("/api/v1/tokens/not-a-uuid").with(as(Role.LAWYER))).andExpect(status().is4xxClientError());
    }

    @Test
    void aBadPathVariableIsA400Problem() throws Exception {
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                        "/api/v1/tokens/not-a-uuid")
                                .with(as(Role.LAWYER))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pagesShowAnErrorPageWithoutAStackTrace() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login/../no-such-page"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isIn(302, 400, 404);
        assertThat(page.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("Tomcat/");
    }
}
