package org.tirek.people.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tirek.people.ClientCode;
import org.tirek.people.OrganisationId;
import org.tirek.people.PersonId;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** Person and organisation ids and client codes appear in JSON as plain strings. */
@Configuration(proxyBeanMethods = false)
class PeopleJson {

    @Bean
    JacksonModule peopleValueTypes() {
        return new SimpleModule("tirek-people-values")
                .addSerializer(PersonId.class, ToStringSerializer.instance)
                .addSerializer(ClientCode.class, ToStringSerializer.instance)
                .addSerializer(OrganisationId.class, ToStringSerializer.instance);
    }
}
