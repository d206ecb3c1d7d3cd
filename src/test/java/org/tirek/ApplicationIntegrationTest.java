package org.tirek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tirek.support.TirekTest;

@TirekTest
class ApplicationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnEmbeddedPostgresWithMigrationsApplied() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        assertThat(version).startsWith("17.");
        Integer migrations = jdbc.sql("select count(*) from flyway_schema_history where success")
                .query(Integer.class)
                .single();
        assertThat(migrations).isGreaterThanOrEqualTo(2);
    }

    @Test
    void createsTheFirstAdministratorOnAnEmptyDatabase() {
        Boolean mustChange = jdbc.sql("select must_change_password from app_user where username = 'admin'")
                .query(Boolean.class)
                .single();
        assertThat(mustChange).isTrue();
    }
}
