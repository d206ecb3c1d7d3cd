package org.tirek.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out who holds a PostgreSQL data directory. zonky starts the postmaster with {@code pg_ctl},
 * so a killed JVM leaves it running (reparented to PID 1), and the next start would wait and fail on
 * {@code postmaster.pid}. The embedded server holds a file lock ({@code epg-lock}) while its owner
 * lives: a held lock means another live process; a free lock with a running postmaster means an
 * orphan, which we stop.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    private static final String LOCK_FILE = "epg-lock";

    private OrphanedPostmaster() {}

    /** Whether another live process holds the directory's lock. */
    static boolean ownedByAnotherProcess(Path pgData) throws IOException {
        Path lockFile = pgData.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) return false;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) return true;
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very JVM (another context in a test run)
        }
    }

    /** Stops a postmaster left behind in {@code pgData} by a process that no longer lives. */
    static void stopIfPresent(Path pgData) throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster(pgData);
        if (postmaster.isEmpty()) return;
        ProcessHandle process = postmaster.get();
        log.warn("Stopping orphaned PostgreSQL postmaster (pid {}) left by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("Orphaned PostgreSQL (pid " + process.pid() + ") did not stop in 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        }
    }

    private static Optional<ProcessHandle> runningPostmaster(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return Optional.empty();
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) return Optional.empty();
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p ->
                        p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }
}
