package org.tirek.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL started by Tirek itself, so that a newcomer needs nothing installed. Data lives in
 * {@code <data dir>/pg} with fsync and synchronous commit on; the server's port is written to
 * {@code <data dir>/postgres.port} so that the command line can work against a running server's
 * database instead of being refused the directory.
 *
 * <p>Hazard: PostgreSQL's trust authentication on localhost lets any local user connect to this
 * database. Sensitive values are stored encrypted, so what such a user reads is ciphertext and
 * structure; production deployments use an external PostgreSQL with real credentials.
 */
final class EmbeddedDatabase implements DatabaseServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String PORT_FILE = "postgres.port";

    private final @Nullable EmbeddedPostgres postgres;
    private final int port;
    private final @Nullable Path portFile;

    private EmbeddedDatabase(@Nullable EmbeddedPostgres postgres, int port, @Nullable Path portFile) {
        this.postgres = postgres;
        this.port = port;
        this.portFile = portFile;
    }

    /** A throw-away database in a temporary directory, removed on close (tests). */
    static EmbeddedDatabase ephemeral() {
        try {
            EmbeddedPostgres pg = baseBuilder().start();
            return new EmbeddedDatabase(pg, pg.getPort(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The database in {@code dataDir}: started here, or, when {@code attach} is true and a live Tirek
     * process already runs it, reached through that process's port file.
     *
     * @throws DataDirectoryInUseException when another process owns the directory and we may not attach
     */
    static EmbeddedDatabase inDirectory(Path dataDir, boolean attach) {
        try {
            Path root = dataDir.toAbsolutePath().normalize();
            Path pgData = root.resolve("pg");
            Path portFile = root.resolve(PORT_FILE);
            Files.createDirectories(pgData);
            if (OrphanedPostmaster.ownedByAnotherProcess(pgData)) {
                if (attach && Files.isReadable(portFile)) {
                    int port = Integer.parseInt(Files.readString(portFile).trim());
                    log.info("Using the database of the running Tirek server (port {})", port);
                    return new EmbeddedDatabase(null, port, null);
                }
                throw new DataDirectoryInUseException(dataDir.toAbsolutePath().normalize());
            }
            OrphanedPostmaster.stopIfPresent(pgData);
            EmbeddedPostgres pg = baseBuilder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .start();
            writeAtomically(portFile, Integer.toString(pg.getPort()));
            return new EmbeddedDatabase(pg, pg.getPort(), portFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded database in " + dataDir, e);
        }
    }

    private static EmbeddedPostgres.Builder baseBuilder() {
        return EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false) // Spring closes it after the connection pool
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C") // independent of the host's LANG/LC_*
                .setLocaleConfig("lc-messages", "C")
                .setLocaleConfig("encoding", "UTF8")
                .setServerConfig("timezone", "UTC");
    }

    private static void writeAtomically(Path file, String content) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public @Nullable String password() {
        return null;
    }

    @Override
    public String describe() {
        return (postgres == null ? "embedded (attached), port " : "embedded, port ") + port;
    }

    @Override
    public void close() {
        if (postgres == null) return;
        try {
            if (portFile != null) Files.deleteIfExists(portFile);
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded database did not stop cleanly: {}", e.getMessage());
        }
    }
}
