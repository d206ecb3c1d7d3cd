package org.tirek.platform.database;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** An operator's PostgreSQL, given by {@code TIREK_DB_URL}; we neither start nor stop it. */
record ExternalDatabase(
        String jdbcUrl, String username, @Nullable String password) implements DatabaseServer {

    @Override
    public String describe() {
        // host and port only: a JDBC URL may carry a password as a parameter
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return "external, " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (RuntimeException e) {
            return "external";
        }
    }

    @Override
    public void close() {}

    @Override
    public String toString() {
        return describe();
    }
}
