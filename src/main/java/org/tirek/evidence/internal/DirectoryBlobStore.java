package org.tirek.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ciphertext blobs in a directory ({@code tirek.evidence.directory}, by default
 * {@code TIREK_DATA_DIR/evidence}), the default store. A blob is written to {@code .part} and
 * renamed when complete; a {@code .part} file that an interrupted upload left behind is removed once
 * it has not changed for a day. Several instances need the directory on shared storage; otherwise
 * use the database store.
 */
@Component
@ConditionalOnProperty(name = "tirek.evidence.store", havingValue = "directory", matchIfMissing = true)
class DirectoryBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(DirectoryBlobStore.class);

    static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private final Path root;
    private final Clock clock;

    DirectoryBlobStore(@Value("${tirek.evidence.directory}") Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /**
     * Removes {@code .part} files not written to for a day: uploads that were interrupted. An upload
     * still running writes to its file, so it is never older than that. With several instances on
     * shared storage one of them does it at a time.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "evidence-abandoned-parts", lockAtMostFor = "PT30M")
    void removeAbandoned() {
        if (!Files.isDirectory(root)) return;
        FileTime before = FileTime.from(clock.instant().minus(ABANDONED_AFTER));
        int removed = 0;
        try (Stream<Path> files = Files.find(
                root,
                2,
                (path, attributes) -> attributes.isRegularFile()
                        && path.getFileName().toString().endsWith(".part")
                        && attributes.lastModifiedTime().compareTo(before) < 0)) {
            for (Path part : files.toList()) {
                if (Files.deleteIfExists(part)) removed++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean up the evidence store", e);
        }
        if (removed > 0) log.info("Removed {} unfinished upload(s) older than a day from the evidence store", removed);
    }

    @Override
    public Blob create(String key) {
        try {
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(target.getFileName() + ".part");
            return new FileBlob(part, target, Files.newOutputStream(part));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the evidence store", e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete from the evidence store", e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.exists(path(key));
    }

    private Path path(String key) {
        BlobStore.checked(key);
        return root.resolve(key.substring(0, 2)).resolve(key + ".bin");
    }

    private static final class FileBlob implements Blob {
        private final Path part;
        private final Path target;
        private final OutputStream out;

        private FileBlob(Path part, Path target, OutputStream out) {
            this.part = part;
            this.target = target;
            this.out = out;
        }

        @Override
        public OutputStream stream() {
            return out;
        }

        @Override
        public void commit() throws IOException {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void abandon() {
            try {
                out.close();
            } catch (IOException ignored) {
                // the part file is removed below either way
            }
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
