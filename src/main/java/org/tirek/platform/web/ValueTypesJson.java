package org.tirek.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tirek.platform.Region;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Value types appear in JSON as their plain text ({@code "KZ-75"}, not {@code {"code":"KZ-75"}}), so
 * that domain types carry no Jackson annotations. Modules add their own identifiers the same way.
 */
@Configuration(proxyBeanMethods = false)
class ValueTypesJson {

    @Bean
    JacksonModule platformValueTypes() {
        return new SimpleModule("tirek-platform-values").addSerializer(Region.class, ToStringSerializer.instance);
    }
}
