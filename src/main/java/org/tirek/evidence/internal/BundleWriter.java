package org.tirek.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.tirek.evidence.BundleFormat;
import org.tirek.evidence.CustodyEntry;
import org.tirek.evidence.EvidenceFile;
import org.tirek.vault.Signing;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an evidence bundle: the files, {@code manifest.json} (hashes, sizes, custody chains),
 * {@code manifest.sig} (Ed25519 over the manifest's exact bytes, base64) and {@code public-key.pem}.
 * Files are hashed again while written; a mismatch with the recorded hash aborts the bundle.
 */
@Component
class BundleWriter {

    /** A file to put in the bundle, with its content opened only when written. */
    record Item(EvidenceFile file, List<CustodyEntry> custody, ContentSource content) {}

    interface ContentSource {
        InputStream open() throws IOException;
    }

    private final Signing signing;

    BundleWriter(Signing signing) {
        this.signing = signing;
    }

    void write(UUID caseId, String exporter, String reason, Instant at, List<Item> items, OutputStream target) {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            List<Map<String, Object>> entries = new ArrayList<>();
            int n = 1;
            for (Item item : items) {
                String path = BundleFormat.FILES
                        + String.format("%03d-", n++)
                        + safe(item.file().name());
                zip.putNextEntry(new ZipEntry(path));
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(item.content().open(), sha)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
                String actual = HexFormat.of().formatHex(sha.digest());
                if (!actual.equals(item.file().sha256())) {
                    throw new IllegalStateException(
                            "Evidence file " + item.file().id() + " does not match its recorded SHA-256");
                }
                entries.add(entry(path, item));
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", BundleFormat.FORMAT);
            manifest.put("caseId", caseId.toString());
            manifest.put("exportedAt", at.toString());
            manifest.put("exportedBy", exporter);
            manifest.put("reason", reason);
            manifest.put("files", entries);
            byte[] manifestBytes =
                    JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
            put(zip, BundleFormat.MANIFEST, manifestBytes);
            byte[] signature = signing.sign(manifestBytes);
            put(zip, BundleFormat.SIGNATURE, Base64.getEncoder().encode(signature));
            put(zip, BundleFormat.PUBLIC_KEY, signing.publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the bundle failed", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> entry(String path, Item item) {
        EvidenceFile f = item.file();
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", path);
        entry.put("id", f.id().toString());
        entry.put("name", f.name());
        entry.put("sha256", f.sha256());
        entry.put("size", f.size());
        entry.put("mediaType", f.mediaType());
        entry.put("uploadedBy", f.uploadedBy());
        entry.put("uploadedAt", f.uploadedAt().toString());
        entry.put(
                "custody",
                item.custody().stream()
                        .map(c -> {
                            Map<String, Object> link = new LinkedHashMap<>();
                            link.put("sequence", c.sequence());
                            link.put("action", c.action().name());
                            link.put("actor", c.actor());
                            link.put("at", c.at().toString());
                            if (c.reason() != null) link.put("reason", c.reason());
                            return link;
                        })
                        .toList());
        return entry;
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A file name safe inside a ZIP on any system. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return cleaned.length() > 100 ? cleaned.substring(cleaned.length() - 100) : cleaned;
    }
}
