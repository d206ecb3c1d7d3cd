package org.tirek.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.InvalidRequestException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;

/**
 * Evidence kept in the database ({@code tirek.evidence.store=database}): the same guarantees as the
 * directory store, with ciphertext in 1 MiB rows. Shares its context with the erasure test.
 */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.evidence.store=database"})
class DatabaseStoreIntegrationTest {

    @Autowired
    Evidence evidence;

    @Autowired
    Vault vault;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Value("${tirek.evidence.directory}")
    Path evidenceDir;

    @Autowired
    CaseFixtures cases;

    TirekUser lawyer;
    UUID caseId;

    @BeforeEach
    void unsealedVaultAndALawyer() {
        VaultFixture.unsealed(vault);
        var name = accounts.create(Role.LAWYER);
        lawyer = new TirekUser(users.find(name).orElseThrow().id(), name, Role.LAWYER, true, false, null);
        caseId = cases.open(lawyer);
    }

    @Test
    void aMultiPartFileRoundTripsThroughTheDatabaseAsCiphertextOnly() throws Exception {
        String marker = "DB-STORE-MARKER-" + UUID.randomUUID();
        byte[] content = (marker + " ").repeat(70_000).getBytes(StandardCharsets.UTF_8); // about 3.6 MB
        EvidenceFile file = evidence.upload(lawyer, caseId, "statement.txt", new ByteArrayInputStream(content));

        assertThat(parts(file.id())).isEqualTo(4);
        assertThat(readAll(evidence.download(lawyer, file.id(), Download.Copy.ORIGINAL, "hearing")
                        .content()))
                .isEqualTo(content);
        Long plaintextParts = jdbc.sql("select count(*) from evidence_blob_part where position(:m in bytes) > 0")
                .param("m", marker.getBytes(StandardCharsets.UTF_8))
                .query(Long.class)
                .single();
        assertThat(plaintextParts).isZero();
        assertThat(filesIn(evidenceDir, file.id()))
                .as("nothing written to the directory store")
                .isZero();
    }

    @Test
    void aTamperedPartFailsClosed() throws Exception {
        byte[] content = new byte[1_500_000];
        new Random(7).nextBytes(content);
        EvidenceFile file = evidence.upload(lawyer, caseId, "data.bin", new ByteArrayInputStream(content));
        jdbc.sql("""
                        update evidence_blob_part
                           set bytes = overlay(bytes placing decode('00', 'hex') from 1000 for 1)
                         where blob_key = :k and part = 1
                        """).param("k", file.id().toString()).update();
        assertThatThrownBy(() -> readAll(evidence.download(lawyer, file.id(), Download.Copy.ORIGINAL, "check")
                        .content()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void deletingAndRefusedUploadsLeaveNoRows() {
        EvidenceFile file = evidence.upload(lawyer, caseId, "a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3, 4}));
        assertThat(parts(file.id())).isEqualTo(1);
        evidence.delete(lawyer, file.id(), "uploaded to the wrong case");
        assertThat(blobs(file.id())).isZero();

        long before =
                jdbc.sql("select count(*) from evidence_blob").query(Long.class).single();
        assertThatThrownBy(() -> evidence.upload(lawyer, caseId, "empty.bin", InputStream.nullInputStream()))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("The file is empty");
        assertThat(jdbc.sql("select count(*) from evidence_blob")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    private long parts(UUID fileId) {
        return jdbc.sql("select count(*) from evidence_blob_part where blob_key = :k")
                .param("k", fileId.toString())
                .query(Long.class)
                .single();
    }

    private long blobs(UUID fileId) {
        return jdbc.sql("select count(*) from evidence_blob where blob_key like :k")
                .param("k", fileId + "%")
                .query(Long.class)
                .single();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static long filesIn(Path dir, UUID id) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(id.toString()))
                    .count();
        }
    }
}
