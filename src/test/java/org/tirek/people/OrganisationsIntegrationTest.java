package org.tirek.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Organisations through the API: kept by case staff, refused with field names, archived, looked up by kind. */
@TirekTest
class OrganisationsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Organisations organisations;

    @Test
    void caseStaffKeepOrganisationsThatOtherModulesLookUpByKind() throws Exception {
        TirekUser caseworker = accounts.user(Role.CASEWORKER);
        String court = "Higher Court in Podgorica " + System.nanoTime();
        String created = mvc.perform(json(post("/api/v1/organisations"), caseworker, """
                        {"name":"%s","kind":"COURT","country":"me","region":"ME","website":"https://sudovi.me"}""".formatted(court)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("ME"))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode node = JsonMapper.builder().build().readTree(created);
        OrganisationId id =
                OrganisationId.of(java.util.UUID.fromString(node.get("id").asString()));
        assertThat(organisations.byKind(OrganisationKind.COURT))
                .extracting(OrganisationSummary::name)
                .contains(court);
        assertThat(organisations.byKind(OrganisationKind.POLICE))
                .extracting(OrganisationSummary::name)
                .doesNotContain(court);

        mvc.perform(json(post("/api/v1/organisations"), caseworker, "{\"name\":\"x\",\"kind\":\"CHURCH\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        mvc.perform(json(post("/api/v1/organisations"), caseworker, """
                        {"name":" ","kind":"NGO","country":"ZZ","region":"KZ-75","website":"javascript:alert(1)"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("name", "country", "website")));
        mvc.perform(json(post("/api/v1/organisations"), caseworker, """
                        {"name":"Police of Almaty","kind":"POLICE","country":"ME","region":"KZ-75"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("region"));

        String change = "{\"version\":0,\"name\":\"" + court + " (renamed)\",\"kind\":\"COURT\",\"country\":\"ME\"}";
        mvc.perform(json(put("/api/v1/organisations/{id}", id.value()), caseworker, change))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/organisations/{id}", id.value()), caseworker, change))
                .andExpect(status().isConflict());
        mvc.perform(delete("/api/v1/organisations/{id}", id.value())
                        .with(user(caseworker))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(organisations.byKind(OrganisationKind.COURT))
                .extracting(OrganisationSummary::id)
                .doesNotContain(id);
        mvc.perform(get("/api/v1/organisations/{id}", id.value()).with(user(caseworker)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.archived").value(true))
                .andExpect(jsonPath("$.name").value(court + " (renamed)"));
        mvc.perform(get("/api/v1/organisations").with(user(accounts.user(Role.ANALYST))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations").param("kind", "NONSENSE").with(user(caseworker)))
                .andExpect(status().isUnprocessableContent());
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, TirekUser who, String body) {
        return request.with(user(who))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
