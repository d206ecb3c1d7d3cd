package org.tirek.platform.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Where the data lives. {@code url} blank means the embedded PostgreSQL in {@code dataDir};
 * {@code ephemeral} (tests only) means an embedded database in a temporary directory.
 *
 * @param dataDir the data directory ({@code TIREK_DATA_DIR})
 * @param url JDBC URL of an external PostgreSQL ({@code TIREK_DB_URL}), or blank
 * @param username user for the external database ({@code TIREK_DB_USER})
 * @param password password for the external database ({@code TIREK_DB_PASSWORD})
 * @param attachToRunning use the database of a server already running on {@code dataDir} (the CLI)
 * @param ephemeral start a throw-away embedded database (tests)
 */
@ConfigurationProperties("tirek.database")
record DatabaseProperties(
        Path dataDir,
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        boolean attachToRunning,
        boolean ephemeral) {

    boolean external() {
        return StringUtils.hasText(url);
    }

    @Override
    public String toString() {
        return "DatabaseProperties[dataDir=" + dataDir + ", external=" + external() + "]";
    }
}
