package org.tirek.evidence.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ciphertext blobs in the database ({@code tirek.evidence.store=database}), as 1 MiB parts of
 * {@code evidence_blob_part}: every instance sees every file without shared storage, and backups of
 * the database hold the files. Ordinary rows rather than large objects, so that deleting is a plain
 * transactional delete (no orphans to vacuum) and a download reads one part per query instead of
 * holding a connection open while the client is slow (docs/decisions/0001-evidence-in-database-rows.md).
 *
 * <p>Parts are inserted as they fill, each in its own short transaction; the blob becomes readable
 * only when {@link Blob#commit()} marks it complete. A blob left incomplete by a crash is removed
 * after a day.
 */
@Component
@ConditionalOnProperty(name = "tirek.evidence.store", havingValue = "database")
class DatabaseBlobStore implements BlobStore {

    static final int PART_SIZE = 1 << 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseBlobStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Blob create(String key) {
        BlobStore.checked(key);
        delete(key); // a blob of an earlier, abandoned attempt
        jdbc.sql("insert into evidence_blob (blob_key, complete, created_at) values (:k, false, :at)")
                .param("k", key)
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return new RowBlob(key);
    }

    @Override
    public InputStream open(String key) throws IOException {
        Integer parts = jdbc.sql("select parts from evidence_blob where blob_key = :k and complete")
                .param("k", BlobStore.checked(key))
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> new IOException("No stored blob " + key));
        return new PartsInputStream(key, parts);
    }

    @Override
    public void delete(String key) {
        jdbc.sql("delete from evidence_blob where blob_key = :k")
                .param("k", BlobStore.checked(key))
                .update();
    }

    @Override
    public boolean exists(String key) {
        return jdbc.sql("select count(*) from evidence_blob where blob_key = :k and complete")
                        .param("k", BlobStore.checked(key))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Removes blobs that an interrupted upload left incomplete; one instance at a time. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "evidence-abandoned-blobs", lockAtMostFor = "PT30M")
    void removeAbandoned() {
        jdbc.sql("delete from evidence_blob where not complete and created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(1))))
                .update();
    }

    private void insertPart(String key, int part, byte[] bytes, int length) {
        byte[] content = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        jdbc.sql("insert into evidence_blob_part (blob_key, part, bytes) values (:k, :p, :b)")
                .param("k", key)
                .param("p", part)
                .param("b", content)
                .update();
    }

    private final class RowBlob implements Blob {

        private final String key;
        private final byte[] buffer = new byte[PART_SIZE];
        private int filled;
        private int parts;
        private boolean closed;

        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                int offset = off;
                int remaining = len;
                while (remaining > 0) {
                    int n = Math.min(remaining, PART_SIZE - filled);
                    System.arraycopy(b, offset, buffer, filled, n);
                    filled += n;
                    offset += n;
                    remaining -= n;
                    if (filled == PART_SIZE) flushPart();
                }
            }

            @Override
            public void close() {
                if (closed) return;
                closed = true;
                if (filled > 0) flushPart();
            }
        };

        private RowBlob(String key) {
            this.key = key;
        }

        private void flushPart() {
            insertPart(key, parts++, buffer, filled);
            filled = 0;
        }

        @Override
        public OutputStream stream() {
            return out;
        }

        @Override
        public void commit() throws IOException {
            if (!closed) throw new IOException("The blob's stream must be closed before it is committed");
            jdbc.sql("update evidence_blob set complete = true, parts = :n where blob_key = :k")
                    .param("n", parts)
                    .param("k", key)
                    .update();
        }

        @Override
        public void abandon() {
            closed = true;
            delete(key);
        }
    }

    /** Reads a blob one part per query, so no connection is held while the reader is slow. */
    private final class PartsInputStream extends InputStream {

        private final String key;
        private final int parts;
        private int next;
        private InputStream current = InputStream.nullInputStream();

        private PartsInputStream(String key, int parts) {
            this.key = key;
            this.parts = parts;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            while (true) {
                int n = current.read(b, off, len);
                if (n > 0) return n;
                if (next == parts) return -1;
                current = new ByteArrayInputStream(loadPart(next++));
            }
        }

        private byte[] loadPart(int part) throws IOException {
            return jdbc.sql("select bytes from evidence_blob_part where blob_key = :k and part = :p")
                    .param("k", key)
                    .param("p", part)
                    .query((rs, n) -> rs.getBytes(1))
                    .optional()
                    .orElseThrow(() -> new IOException("Part " + part + " of a stored blob is missing"));
        }
    }
}
