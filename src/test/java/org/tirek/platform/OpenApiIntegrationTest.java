package org.tirek.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tirek.support.Principals.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.identity.Role;
import org.tirek.support.TirekTest;

@TirekTest
class OpenApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiWithBearerAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(Role.LAWYER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Tirek API"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/cases/{caseId}/parties'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/organisations'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/deadlines'].get.summary").exists())
                .andExpect(
                        jsonPath("$.paths['/api/v1/deadlines'].get.description").exists())
                .andExpect(jsonPath("$.paths['/api/v1/deadlines/{id}/override'].post.description")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/proceedings/{id}/deadlines'].get.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/rule-packs'].get.summary").exists());
    }

    @Test
    void swaggerUiIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/swagger-ui.html").with(as(Role.COORDINATOR))).andExpect(status().isForbidden());
        mvc.perform(get("/swagger-ui.html").with(as(Role.ADMIN))).andExpect(status().is3xxRedirection());
    }
}
