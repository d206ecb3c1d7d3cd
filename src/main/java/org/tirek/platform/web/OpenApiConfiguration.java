package org.tirek.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description's front matter: what the API is, how to authenticate, how errors look. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tirekOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Tirek API").version("v1").description("""
                                Case management for organisations that support survivors of violence and \
                                defend human-rights activists. Authenticate with a personal access token: \
                                `Authorization: Bearer trk_...` (create one on the API tokens page or with \
                                `java -jar tirek.jar token create --username U`). Every error is an RFC 9457 \
                                problem detail (`application/problem+json`) with a human-readable `detail`; \
                                validation errors add an `errors` array of `{field, message}`."""))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal access token")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
