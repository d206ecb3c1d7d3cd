package org.tirek.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.ContentTooLargeException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TestFixtures.CaseFixtures;
import org.tirek.support.TirekTest;
import org.tirek.support.VaultFixture;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultSealedException;

@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.evidence.max-size=5MB"})
@ExtendWith(OutputCaptureExtension.class)
class EvidenceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    UserAccounts users;

    @Autowired
    Vault vault;

    @Autowired
    Evidence evidence;

    @Autowired
    JdbcClient jdbc;

    @Value("${tirek.evidence.directory}")
    Path evidenceDir;

    @Autowired
    CaseFixtures cases;

    UUID caseId;
    String lawyer;

    @BeforeEach
    void unsealedVaultAndALawyerOnACase() {
        VaultFixture.unsealed(vault);
        var name = accounts.create(Role.LAWYER);
        lawyer = accounts.token(name);
        caseId = cases.open(accounts.principal(name));
    }

    @Test
    void uploadsStreamHashSniffAndKeepTheOriginalBitForBit() throws Exception {
        byte[] png = png();
        MvcResult created = upload("looks-like-text.txt", png)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.mediaType").value("image/png"))
                .andExpect(jsonPath("$.size").value(png.length))
                .andExpect(jsonPath("$.sha256").value(sha256(png)))
                .andExpect(jsonPath("$.name").value("looks-like-text.txt"))
                .andExpect(jsonPath("$.sharingCopy").value("STRIPPED"))
                .andReturn();
        String id = jsonField(created, "id");

        MvcResult download = mvc.perform(post("/api/v1/evidence/{id}/download", id)
                        .header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"court hearing 12 May\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", sha256(png)))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(png);

        mvc.perform(get("/api/v1/evidence/{id}/custody", id).header("Authorization", "Bearer " + lawyer))
                .andExpect(jsonPath("$[0].action").value("UPLOADED"))
                .andExpect(jsonPath("$[1].action").value("SHARING_COPY_MADE"))
                .andExpect(jsonPath("$[2].action").value("DOWNLOADED"))
                .andExpect(jsonPath("$[2].reason").value("court hearing 12 May"));
    }

    @Test
    void aDownloadWithoutAReasonIsRefusedAndNotRecorded() throws Exception {
        EvidenceFile file =
                evidence.upload(user(Role.LAWYER), caseId, "a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        mvc.perform(post("/api/v1/evidence/{id}/download", file.id())
                        .header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"  \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(evidence.custody(user(Role.LAWYER), file.id()))
                .extracting(CustodyEntry::action)
                .containsExactly(CustodyEntry.Action.UPLOADED);
    }

    @Test
    void aReasonLeftOutIsRefusedWithTheFieldNamedAndNeverRecordedAsTheWordNull() throws Exception {
        TirekUser owner = user(Role.LAWYER);
        EvidenceFile file = evidence.upload(owner, caseId, "a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        for (String path : List.of(
                "/api/v1/evidence/{id}/download", "/api/v1/evidence/{id}/transfers", "/api/v1/evidence/{id}/delete")) {
            mvc.perform(post(path, file.id())
                            .header("Authorization", "Bearer " + lawyer)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("reason"));
        }
        mvc.perform(post("/api/v1/cases/{c}/evidence/bundle", caseId)
                        .header("Authorization", "Bearer " + lawyer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fileIds\":[\"" + file.id() + "\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        assertThat(evidence.custody(owner, file.id()))
                .extracting(CustodyEntry::action)
                .containsExactly(CustodyEntry.Action.UPLOADED);
        assertThat(evidence.list(owner, caseId)).extracting(EvidenceFile::id).contains(file.id());
    }

    @Test
    void thePagesRefuseAFileThatIsNotInTheCaseOfTheAddress() throws Exception {
        TirekUser owner = user(Role.LAWYER);
        EvidenceFile file = evidence.upload(owner, caseId, "a.bin", new ByteArrayInputStream(new byte[] {1, 2, 3}));
        UUID otherCase = UUID.randomUUID();
        mvc.perform(post("/cases/{c}/evidence/{id}/download", otherCase, file.id())
                        .param("reason", "looks like another case")
                        .with(SecurityMockMvcRequestPostProcessors.user(owner))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cases/{c}/evidence/{id}/delete", otherCase, file.id())
                        .param("reason", "looks like another case")
                        .with(SecurityMockMvcRequestPostProcessors.user(owner))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
        assertThat(evidence.custody(owner, file.id()))
                .extracting(CustodyEntry::action)
                .containsExactly(CustodyEntry.Action.UPLOADED);
        assertThat(evidence.list(owner, caseId)).extracting(EvidenceFile::id).contains(file.id());

        mvc.perform(post("/cases/{c}/evidence/{id}/download", caseId, file.id())
                        .param("reason", "the right case")
                        .with(SecurityMockMvcRequestPostProcessors.user(owner))
                        .with(SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void theSharingCopyOfAJpegHasNoExifWhileTheOriginalKeepsItsGps() throws Exception {
        byte[] jpeg = jpegWithGps();
        assertThat(exifOf(jpeg)).as("fixture carries EXIF").isNotNull();
        TirekUser user = user(Role.CASEWORKER);
        EvidenceFile file = evidence.upload(user, caseId, "photo.jpg", new ByteArrayInputStream(jpeg));
        assertThat(file.mediaType()).isEqualTo("image/jpeg");
        assertThat(file.sharingCopy()).isEqualTo(EvidenceFile.SharingCopy.STRIPPED);

        byte[] original = evidence.download(user, file.id(), Download.Copy.ORIGINAL, "check")
                .content()
                .readAllBytes();
        byte[] shared = evidence.download(user, file.id(), Download.Copy.SHARING, "share")
                .content()
                .readAllBytes();
        assertThat(original).isEqualTo(jpeg);
        assertThat(exifOf(shared)).isNull();
        assertThat(ImageIO.read(new ByteArrayInputStream(shared)).getWidth()).isEqualTo(64);
    }

    @Test
    void theSharingCopyOfAJpegKeepsNoCommentNoApplicationSegmentAndNothingAfterTheImage() throws Exception {
        byte[] jpeg = jpegWithEverything();
        TirekUser user = user(Role.CASEWORKER);
        EvidenceFile file = evidence.upload(user, caseId, "photo.jpg", new ByteArrayInputStream(jpeg));
        assertThat(file.sharingCopy()).isEqualTo(EvidenceFile.SharingCopy.STRIPPED);
        byte[] shared = evidence.download(user, file.id(), Download.Copy.SHARING, "share")
                .content()
                .readAllBytes();
        for (String left : List.of("Shot at 12 Rue", "xap/1.0", "Exif", "SERIAL-0042", "MOTION-PHOTO-VIDEO")) {
            assertThat(contains(jpeg, left.getBytes(StandardCharsets.UTF_8)))
                    .as("the fixture carries %s", left)
                    .isTrue();
            assertThat(contains(shared, left.getBytes(StandardCharsets.UTF_8)))
                    .as("%s in the sharing copy", left)
                    .isFalse();
        }
        assertThat(exifOf(shared)).isNull();
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(shared)), ImageIO.read(new ByteArrayInputStream(jpeg)));
    }

    @Test
    void aPngSharingCopyIsMadeWithoutWritingToTheTemporaryDirectory() throws Exception {
        byte[] png = png();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> created = new ArrayList<>();
        try (WatchService watch = tmp.getFileSystem().newWatchService()) {
            tmp.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            EvidenceFile file = evidence.upload(user(Role.LAWYER), caseId, "scan.png", new ByteArrayInputStream(png));
            assertThat(file.sharingCopy()).isEqualTo(EvidenceFile.SharingCopy.STRIPPED);
            for (WatchKey key; (key = watch.poll(500, TimeUnit.MILLISECONDS)) != null; key.reset()) {
                key.pollEvents().forEach(e -> created.add(String.valueOf(e.context())));
            }
        }
        assertThat(created).as("files created in %s", tmp).noneMatch(name -> name.startsWith("imageio"));
    }

    @Test
    void analystsAndAdministratorsCannotTouchEvidence() throws Exception {
        for (Role role : List.of(Role.ANALYST, Role.ADMIN)) {
            mvc.perform(post("/api/v1/cases/{c}/evidence", caseId)
                            .header("Authorization", "Bearer " + accounts.token(role))
                            .header("X-File-Name", "x.txt")
                            .contentType(MediaType.APPLICATION_OCTET_STREAM)
                            .content(new byte[] {1}))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void storedFilesHoldCiphertextOnly() throws Exception {
        String marker = "EVIDENCE-MARKER-" + UUID.randomUUID();
        byte[] content = (marker + " ").repeat(5000).getBytes(StandardCharsets.UTF_8);
        EvidenceFile file = evidence.upload(
                user(Role.LAWYER), caseId, "statement-" + marker + ".txt", new ByteArrayInputStream(content));
        assertThat(file.mediaType()).startsWith("text/plain");
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> blobs = Files.walk(evidenceDir)) {
            for (Path blob : blobs.filter(Files::isRegularFile).toList()) {
                assertThat(contains(Files.readAllBytes(blob), needle))
                        .as("marker in %s", blob)
                        .isFalse();
            }
        }
        jdbc.sql("checkpoint").update();
        Long rows = jdbc.sql("select count(*) from evidence_file where encode(name_sealed, 'escape') like :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
    }

    @Test
    void aTamperedBlobFailsClosed() throws Exception {
        TirekUser user = user(Role.LAWYER);
        byte[] content = new byte[300_000];
        new java.util.Random(1).nextBytes(content);
        EvidenceFile file = evidence.upload(user, caseId, "data.bin", new ByteArrayInputStream(content));
        Path blob = evidenceDir.resolve(file.id().toString().substring(0, 2)).resolve(file.id() + ".bin");
        byte[] stored = Files.readAllBytes(blob);
        stored[stored.length / 2] ^= 0x10;
        Files.write(blob, stored);
        assertThatThrownBy(() -> evidence.download(user, file.id(), Download.Copy.ORIGINAL, "check")
                        .content()
                        .readAllBytes())
                .isInstanceOf(IOException.class);
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndLeavesNothing() throws Exception {
        long before =
                jdbc.sql("select count(*) from evidence_file").query(Long.class).single();
        assertThatThrownBy(() -> evidence.upload(
                        user(Role.LAWYER), caseId, "big.bin", new ByteArrayInputStream(new byte[6 * 1024 * 1024])))
                .isInstanceOf(ContentTooLargeException.class);
        assertThat(jdbc.sql("select count(*) from evidence_file")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        try (Stream<Path> parts = Files.walk(evidenceDir)) {
            assertThat(parts.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
        upload("big.bin", new byte[6 * 1024 * 1024]).andExpect(status().isContentTooLarge());
    }

    @Test
    void aSealedVaultRefusesEvidenceWith503() throws Exception {
        vault.seal();
        try {
            assertThatThrownBy(() -> evidence.upload(
                            user(Role.LAWYER), caseId, "x.txt", new ByteArrayInputStream(new byte[] {1})))
                    .isInstanceOf(VaultSealedException.class);
            upload("x.txt", new byte[] {1}).andExpect(status().isServiceUnavailable());
        } finally {
            VaultFixture.unsealed(vault);
        }
    }

    @Test
    void theCustodyLogIsAppendOnlyInTheDatabase() {
        evidence.upload(
                user(Role.LAWYER), caseId, "a.txt", new ByteArrayInputStream("a".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> jdbc.sql("update evidence_custody set action = 'DELETED'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from evidence_custody").update())
                .hasMessageContaining("append-only");
    }

    @Test
    void aSignedBundleVerifiesOfflineAndNamesWhatWasChanged(@TempDir Path dir) throws Exception {
        TirekUser user = user(Role.LAWYER);
        EvidenceFile a = evidence.upload(
                user, caseId, "Показания.txt", new ByteArrayInputStream("first".getBytes(StandardCharsets.UTF_8)));
        EvidenceFile b = evidence.upload(user, caseId, "scan.png", new ByteArrayInputStream(png()));
        Path bundle = dir.resolve("bundle.zip");
        try (var out = Files.newOutputStream(bundle)) {
            evidence.exportBundle(user, caseId, List.of(a.id(), b.id()), "for the ECtHR application")
                    .writeTo(out);
        }
        BundleVerifier.Result ok = BundleVerifier.verify(bundle, null);
        assertThat(ok.problems()).isEmpty();
        assertThat(ok.files()).isEqualTo(2);
        assertThat(evidence.custody(user, a.id()))
                .extracting(CustodyEntry::action)
                .contains(CustodyEntry.Action.EXPORTED);

        Path changedFile = rewrite(
                bundle,
                dir.resolve("changed-file.zip"),
                (name, bytes) -> name.startsWith("files/001-") ? "forged".getBytes(StandardCharsets.UTF_8) : bytes);
        assertThat(BundleVerifier.verify(changedFile, null).problems())
                .containsExactly("file does not match its SHA-256 in the manifest: files/001-Показания.txt");

        Path changedManifest = rewrite(
                bundle,
                dir.resolve("changed-manifest.zip"),
                (name, bytes) -> name.equals("manifest.json")
                        ? new String(bytes, StandardCharsets.UTF_8)
                                .replace("for the ECtHR application", "for nothing")
                                .getBytes(StandardCharsets.UTF_8)
                        : bytes);
        assertThat(BundleVerifier.verify(changedManifest, null).problems())
                .anyMatch(p -> p.startsWith("the manifest's signature does not verify"));

        String otherKey =
                "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=\n-----END PUBLIC KEY-----\n";
        assertThat(BundleVerifier.verify(bundle, otherKey).ok()).isFalse();
    }

    @Test
    void anAlteredCiphertextAnswersAClearProblemAndLogsOneLineWithoutAStackTrace(CapturedOutput output)
            throws Exception {
        TirekUser owner = user(Role.LAWYER);
        EvidenceFile file = evidence.upload(owner, caseId, "statement.txt", new ByteArrayInputStream(new byte[] {7}));
        jdbc.sql("update evidence_file set name_sealed = set_byte(name_sealed, 20, get_byte(name_sealed, 20) # 1)"
                        + " where id = :id")
                .param("id", file.id())
                .update();

        mvc.perform(get("/api/v1/evidence/{id}", file.id()).header("Authorization", "Bearer " + lawyer))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith(
                                "Stored data could not be decrypted: it was altered or damaged")));
        mvc.perform(get("/evidence/{id}", file.id()).with(SecurityMockMvcRequestPostProcessors.user(owner)))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(containsString("Stored data could not be decrypted")));
        assertThat(output.getAll())
                .contains("Stored data failed its integrity check: The value of evidence_file.name could not be"
                        + " decrypted")
                .doesNotContain("\tat org.tirek")
                .doesNotContain("statement.txt");
    }

    @Test
    void theVerifierReadsTheCentralDirectoryAndNamesEachProblem(@TempDir Path dir) throws Exception {
        TirekUser user = user(Role.LAWYER);
        EvidenceFile file = evidence.upload(
                user, caseId, "a.txt", new ByteArrayInputStream("genuine".getBytes(StandardCharsets.UTF_8)));
        Path bundle = dir.resolve("bundle.zip");
        try (var out = Files.newOutputStream(bundle)) {
            evidence.exportBundle(user, caseId, List.of(file.id()), "court").writeTo(out);
        }
        Map<String, byte[]> genuine = entries(bundle);
        String path = "files/001-a.txt";
        String stand = "X" + path.substring(1);
        assertThat(genuine).containsKey(path);
        assertThat(BundleVerifier.verify(bundle, null).ok()).isTrue();

        // two entries with the same name: a streaming reader checks the last, an extraction tool may take the first
        Map<String, byte[]> twice = new LinkedHashMap<>();
        twice.put(path, "forged".getBytes(StandardCharsets.UTF_8));
        twice.put(stand, genuine.get(path));
        genuine.forEach((name, bytes) -> {
            if (!name.equals(path)) twice.put(name, bytes);
        });
        Path duplicated = write(dir.resolve("duplicated.zip"), replace(zip(twice), stand, path, false));
        assertThat(BundleVerifier.verify(duplicated, null).problems())
                .contains("two entries have the same name, so tools may extract either: " + path);

        // the local header says one name, the central directory (what tools extract) another
        Map<String, byte[]> renamed = new LinkedHashMap<>(genuine);
        renamed.put(stand, renamed.remove(path));
        Path disguised = write(dir.resolve("disguised.zip"), replace(zip(renamed), stand, path, true));
        assertThat(BundleVerifier.verify(disguised, null).problems())
                .contains("file missing from the bundle: " + path)
                .contains("an entry that is not part of the bundle format: " + stand);

        Map<String, byte[]> extra = new LinkedHashMap<>(genuine);
        extra.put("run-me.sh", "#!/bin/sh".getBytes(StandardCharsets.UTF_8));
        extra.put("files/../../escape.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(BundleVerifier.verify(write(dir.resolve("extra.zip"), zip(extra)), null)
                        .problems())
                .containsExactlyInAnyOrder(
                        "an entry that is not part of the bundle format: run-me.sh",
                        "an entry's name could be extracted outside its folder: files/../../escape.txt");

        Map<String, byte[]> future = new LinkedHashMap<>(genuine);
        future.put(
                "manifest.json",
                new String(genuine.get("manifest.json"), StandardCharsets.UTF_8)
                        .replace("tirek-evidence-bundle/1", "tirek-evidence-bundle/9")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(BundleVerifier.verify(write(dir.resolve("future.zip"), zip(future)), null)
                        .problems())
                .contains("the manifest's format is not tirek-evidence-bundle/1: this verifier cannot check it");

        Path notZip = write(dir.resolve("not.zip"), "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(BundleVerifier.verify(notZip, null).problems())
                .containsExactly("the file is not a readable ZIP archive");
    }

    @Test
    void unfinishedUploadsOlderThanADayAreRemovedAndNothingElse(@Autowired ApplicationContext context)
            throws Exception {
        Path shard = Files.createDirectories(evidenceDir.resolve("fe"));
        Path old = Files.writeString(shard.resolve(UUID.randomUUID() + ".bin.part"), "interrupted");
        Path fresh = Files.writeString(shard.resolve(UUID.randomUUID() + ".bin.part"), "still arriving");
        Path stored = Files.writeString(shard.resolve(UUID.randomUUID() + ".bin"), "complete");
        FileTime twoDaysAgo = FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofDays(2)));
        Files.setLastModifiedTime(old, twoDaysAgo);
        Files.setLastModifiedTime(stored, twoDaysAgo);
        try {
            ReflectionTestUtils.invokeMethod(context.getBean("directoryBlobStore"), "removeAbandoned");

            assertThat(old).doesNotExist();
            assertThat(fresh).exists();
            assertThat(stored).exists();
        } finally {
            for (Path file : List.of(old, fresh, stored)) Files.deleteIfExists(file);
        }
        for (String store : List.of("DirectoryBlobStore", "DatabaseBlobStore")) {
            assertThat(Class.forName("org.tirek.evidence.internal." + store)
                            .getDeclaredMethod("removeAbandoned")
                            .isAnnotationPresent(SchedulerLock.class))
                    .as("%s cleans up on one instance at a time", store)
                    .isTrue();
        }
    }

    @Test
    void aPngThatDeclaresAHugeImageGetsNoSharingCopyAndIsNotDecoded() throws Exception {
        byte[] png = pngDeclaring(png(), 10_000, 5_000);
        EvidenceFile file = evidence.upload(user(Role.LAWYER), caseId, "huge.png", new ByteArrayInputStream(png));
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(file.sharingCopy()).isEqualTo(EvidenceFile.SharingCopy.TOO_LARGE);
    }

    /** The PNG with other dimensions in its header (and the header's checksum made right). */
    static byte[] pngDeclaring(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(copy);
        header.putInt(16, width).putInt(20, height); // IHDR data starts at 16: signature 8, length 4, type 4
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(copy, 12, 17); // chunk type and 13 bytes of data
        header.putInt(29, (int) crc.getValue());
        return copy;
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) entries.put(e.getName(), in.readAllBytes());
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Replaces a name by another of the same length: in the first place only (a local header), or everywhere. */
    static byte[] replace(byte[] zip, String from, String to, boolean firstOnly) {
        byte[] a = from.getBytes(StandardCharsets.UTF_8);
        byte[] b = to.getBytes(StandardCharsets.UTF_8);
        byte[] result = zip.clone();
        for (int i = 0; i <= result.length - a.length; i++) {
            if (java.util.Arrays.equals(result, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, result, i, b.length);
                if (firstOnly) break;
            }
        }
        return result;
    }

    static Path write(Path target, byte[] bytes) throws IOException {
        return Files.write(target, bytes);
    }

    private org.springframework.test.web.servlet.ResultActions upload(String name, byte[] content) throws Exception {
        return mvc.perform(post("/api/v1/cases/{c}/evidence", caseId)
                .header("Authorization", "Bearer " + lawyer)
                .header("X-File-Name", java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content(content));
    }

    /** A new account of {@code role} on the case's team. */
    private TirekUser user(Role role) {
        TirekUser user = accounts.user(role);
        cases.addToTeam(caseId, user);
        return user;
    }

    private static String jsonField(MvcResult result, String field) throws Exception {
        return tools.jackson.databind.json.JsonMapper.shared()
                .readTree(result.getResponse().getContentAsString())
                .path(field)
                .asString();
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(32, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static byte[] jpegWithGps() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(19.0, 42.28); // Budva
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    /**
     * A JPEG with EXIF (GPS), XMP, a comment, a maker segment (APP15) and bytes after the end of the
     * image, as phones append a video to a "motion photo".
     */
    static byte[] jpegWithEverything() throws Exception {
        byte[] withGps = jpegWithGps();
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter()
                .updateXmpXml(
                        withGps,
                        withXmp,
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"Dana\"/>"
                                + "</rdf:RDF></x:xmpmeta>");
        byte[] xmp = withXmp.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(xmp, 0, 2); // SOI
        segment(out, 0xFE, "Shot at 12 Rue Secrete, flat 3".getBytes(StandardCharsets.UTF_8));
        segment(out, 0xEF, "MAKER SERIAL-0042".getBytes(StandardCharsets.UTF_8));
        out.write(xmp, 2, xmp.length - 2);
        out.write("MOTION-PHOTO-VIDEO ftypmp42".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        out.write((data.length + 2) >> 8);
        out.write((data.length + 2) & 0xFF);
        out.writeBytes(data);
    }

    static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                assertThat(actual.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected.getRGB(x, y));
            }
        }
    }

    static Object exifOf(byte[] jpeg) throws IOException {
        var metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata m ? m.getExif() : null;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    interface EntryChange {
        byte[] apply(String name, byte[] bytes);
    }

    static Path rewrite(Path source, Path target, EntryChange change) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(change.apply(e.getName(), in.readAllBytes()));
                out.closeEntry();
            }
        }
        return target;
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return true;
        }
        return false;
    }
}
