package org.tirek.platform.database;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the database (embedded or external) and waits for it before migrating. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        if (properties.external()) {
            return new ExternalDatabase(
                    Objects.requireNonNull(properties.url()),
                    Objects.requireNonNullElse(properties.username(), ""),
                    properties.password());
        }
        if (properties.ephemeral()) return EmbeddedDatabase.ephemeral();
        return EmbeddedDatabase.inDirectory(properties.dataDir(), properties.attachToRunning());
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(DatabaseServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return server.username();
            }

            @Override
            public @Nullable String getPassword() {
                return server.password();
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl();
            }
        };
    }

    @Bean
    FlywayMigrationStrategy waitForDatabaseThenMigrate(DatabaseServer server) {
        DatabaseWait wait = new DatabaseWait(server);
        return flyway -> {
            wait.untilReachable();
            flyway.migrate();
        };
    }
}
