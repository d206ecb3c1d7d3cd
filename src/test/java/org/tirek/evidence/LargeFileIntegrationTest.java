package org.tirek.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * A 1 GiB file goes in and out in constant memory: this class runs in its own Surefire execution
 * whose JVM heap is capped at 256 MiB (tag "large"), so buffering the file anywhere would fail.
 */
@Tag("large")
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.evidence.max-size=2GB"})
class LargeFileIntegrationTest {

    static final long SIZE = 1L << 30;

    @Autowired
    Evidence evidence;

    @Autowired
    Vault vault;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    CaseFixtures cases;

    @Value("${tirek.evidence.directory}")
    Path evidenceDir;

    @Test
    void aGibibyteRoundTripsWithAQuarterGibibyteHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory())
                .as("heap cap of this execution")
                .isLessThanOrEqualTo(300L << 20);
        VaultFixture.unsealed(vault);
        var name = accounts.create(Role.LAWYER);
        TirekUser user = new TirekUser(users.find(name).orElseThrow().id(), name, Role.LAWYER, true, false, null);

        MessageDigest expected = MessageDigest.getInstance("SHA-256");
        EvidenceFile file = evidence.upload(
                user, cases.open(user), "large.bin", new DigestInputStream(new PatternStream(SIZE), expected));
        assertThat(file.size()).isEqualTo(SIZE);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(expected.digest()));

        MessageDigest actual = MessageDigest.getInstance("SHA-256");
        long read;
        try (InputStream in = new DigestInputStream(
                evidence.download(user, file.id(), Download.Copy.ORIGINAL, "round trip")
                        .content(),
                actual)) {
            read = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(read).isEqualTo(SIZE);
        assertThat(HexFormat.of().formatHex(actual.digest())).isEqualTo(file.sha256());

        evidence.delete(user, file.id(), "free the disk");
        try (var blobs = Files.walk(evidenceDir)) {
            assertThat(blobs.filter(p -> p.toString().contains(file.id().toString())))
                    .isEmpty();
        }
    }

    /** A deterministic, non-repeating-looking byte stream of a given length, generated on the fly. */
    static final class PatternStream extends InputStream {
        private final long size;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;

        PatternStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) return -1;
            position++;
            return (int) (next() & 0xff);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) return -1;
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) buffer[offset + i] = (byte) next();
            position += n;
            return n;
        }

        private long next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return state;
        }
    }
}
