package org.tirek.cases.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tirek.cases.CaseId;
import org.tirek.cases.ConsentId;
import org.tirek.cases.ReferralId;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Case, consent and referral ids appear in JSON as plain UUIDs. */
@Configuration(proxyBeanMethods = false)
class CaseJson {

    @Bean
    JacksonModule caseValueTypes() {
        return new SimpleModule("tirek-case-values")
                .addSerializer(CaseId.class, ToStringSerializer.instance)
                .addSerializer(ConsentId.class, ToStringSerializer.instance)
                .addSerializer(ReferralId.class, ToStringSerializer.instance);
    }
}
