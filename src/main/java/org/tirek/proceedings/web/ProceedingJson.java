package org.tirek.proceedings.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tirek.proceedings.ProceedingId;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** A proceeding's id appears in JSON as the plain UUID. */
@Configuration(proxyBeanMethods = false)
class ProceedingJson {

    @Bean
    JacksonModule proceedingValueTypes() {
        return new SimpleModule("tirek-proceeding-values")
                .addSerializer(ProceedingId.class, ToStringSerializer.instance);
    }
}
