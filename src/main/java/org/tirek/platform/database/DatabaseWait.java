package org.tirek.platform.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blocks start-up until the database answers, printing one line per attempt instead of a stack
 * trace, so that an operator whose PostgreSQL is down sees what is wrong and the app comes up as
 * soon as the database does. The line names the server but never the password.
 */
final class DatabaseWait {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWait.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    private final DatabaseServer server;

    DatabaseWait(DatabaseServer server) {
        this.server = server;
    }

    void untilReachable() {
        Duration pause = Duration.ofSeconds(2);
        for (int attempt = 1; ; attempt++) {
            try (Connection ignored = connect()) {
                if (attempt > 1) log.info("Database {} is reachable", server.describe());
                return;
            } catch (SQLException e) {
                log.error(
                        "Database {} is unreachable ({}); retrying in {} s",
                        server.describe(),
                        firstLine(e),
                        pause.toSeconds());
            }
            sleep(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", server.username());
        if (server.password() != null) props.setProperty("password", server.password());
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(server.jdbcUrl(), props);
    }

    private static String firstLine(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        }
    }
}
