package org.tirek.incidents.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tirek.incidents.IncidentId;
import org.tirek.incidents.PartialDate;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** An incident's id appears in JSON as the plain UUID, a partial date as {@code "2023"}, {@code "2023-03"} or {@code "2023-03-14"}. */
@Configuration(proxyBeanMethods = false)
class IncidentJson {

    @Bean
    JacksonModule incidentValueTypes() {
        return new SimpleModule("tirek-incident-values")
                .addSerializer(IncidentId.class, ToStringSerializer.instance)
                .addSerializer(PartialDate.class, ToStringSerializer.instance);
    }
}
