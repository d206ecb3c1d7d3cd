package org.tirek.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an evidence bundle offline, with nothing but the JDK: the manifest's format and Ed25519
 * signature, and every file's SHA-256 and size against the manifest. Needs no server, database or
 * key other than the public one (from the bundle, or better, from a copy the organisation
 * published).
 *
 * <p>The ZIP is read through its central directory, as extraction tools read it, not through the
 * local headers that a streaming reader follows (the two can be made to disagree). Two entries with
 * the same name, an entry that is not part of the format, and a name that could escape the folder
 * it is extracted to are each reported: a tool might extract a different file than the one checked.
 */
public final class BundleVerifier {

    private static final Pattern UNSAFE_NAME = Pattern.compile("(^/|\\\\|(^|/)\\.\\.(/|$)|\\p{Cntrl})");

    private BundleVerifier() {}

    /**
     * The outcome: {@code problems} is empty when everything checks out.
     *
     * @param keyFingerprint SHA-256 (hex) of the public key that verified the signature
     */
    public record Result(int files, String keyFingerprint, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What the archive holds, entry by entry, and what is wrong with its entries. */
    private static final class Contents {
        final Map<String, String> hashes = new LinkedHashMap<>();
        final Map<String, Long> sizes = new HashMap<>();
        final List<String> problems = new ArrayList<>();
        byte @Nullable [] manifest;
        byte @Nullable [] signature;

        @Nullable String bundledKey;
    }

    /**
     * Verifies {@code bundle}.
     *
     * @param publicKeyPem the organisation's public key; {@code null} uses the one inside the bundle
     * @throws IOException when the file cannot be read at all
     */
    public static Result verify(Path bundle, @Nullable String publicKeyPem) throws IOException {
        Contents contents;
        try {
            contents = read(bundle);
        } catch (ZipException e) {
            return new Result(0, "", List.of("the file is not a readable ZIP archive"));
        }
        List<String> problems = new ArrayList<>(contents.problems);
        byte[] manifest = contents.manifest;
        if (manifest == null) {
            problems.add("the bundle has no " + BundleFormat.MANIFEST);
            return new Result(0, "", problems);
        }
        String pem = publicKeyPem != null ? publicKeyPem : contents.bundledKey;
        String fingerprint = "";
        if (pem == null) {
            problems.add("no public key: the bundle has none and none was given");
        } else if (contents.signature == null) {
            problems.add("the bundle has no " + BundleFormat.SIGNATURE);
        } else {
            fingerprint = fingerprint(pem);
            if (!signatureHolds(pem, manifest, contents.signature)) {
                problems.add(
                        "the manifest's signature does not verify: the manifest was changed or signed by another key");
            }
        }
        JsonNode root;
        try {
            root = JsonMapper.shared().readTree(manifest);
        } catch (JacksonException e) {
            problems.add("the manifest is not valid JSON");
            return new Result(0, fingerprint, problems);
        }
        if (!BundleFormat.FORMAT.equals(root.path("format").asString(""))) {
            problems.add("the manifest's format is not " + BundleFormat.FORMAT + ": this verifier cannot check it");
            return new Result(0, fingerprint, problems);
        }
        JsonNode files = root.path("files");
        Set<String> listed = new HashSet<>();
        for (JsonNode file : files) {
            String path = file.path("path").asString("");
            if (!listed.add(path)) {
                problems.add("the manifest lists a file twice: " + shown(path));
                continue;
            }
            String expected = file.path("sha256").asString("");
            String actual = contents.hashes.remove(path);
            if (actual == null) {
                problems.add("file missing from the bundle: " + shown(path));
            } else if (!actual.equals(expected)) {
                problems.add("file does not match its SHA-256 in the manifest: " + shown(path));
            } else if (contents.sizes.getOrDefault(path, -1L)
                    != file.path("size").asLong(-1)) {
                problems.add("file does not match its size in the manifest: " + shown(path));
            }
        }
        contents.hashes.keySet().forEach(extra -> problems.add("file not listed in the manifest: " + shown(extra)));
        return new Result(files.size(), fingerprint, problems);
    }

    private static Contents read(Path bundle) throws IOException {
        Contents contents = new Contents();
        Set<String> seen = new HashSet<>();
        try (ZipFile zip = new ZipFile(bundle.toFile(), StandardCharsets.UTF_8)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!seen.add(name)) {
                    contents.problems.add(
                            "two entries have the same name, so tools may extract either: " + shown(name));
                    continue;
                }
                if (UNSAFE_NAME.matcher(name).find()) {
                    contents.problems.add("an entry's name could be extracted outside its folder: " + shown(name));
                    continue;
                }
                if (entry.isDirectory()) continue;
                try (InputStream in = zip.getInputStream(entry)) {
                    take(contents, name, in);
                }
            }
        }
        return contents;
    }

    private static void take(Contents contents, String name, InputStream in) throws IOException {
        if (name.startsWith(BundleFormat.FILES)) {
            MessageDigest sha = sha256();
            long size = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                size += n;
            }
            contents.hashes.put(name, HexFormat.of().formatHex(sha.digest()));
            contents.sizes.put(name, size);
        } else if (name.equals(BundleFormat.MANIFEST)) {
            contents.manifest = in.readAllBytes();
        } else if (name.equals(BundleFormat.SIGNATURE)) {
            contents.signature = in.readAllBytes();
        } else if (name.equals(BundleFormat.PUBLIC_KEY)) {
            contents.bundledKey = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } else {
            contents.problems.add("an entry that is not part of the bundle format: " + shown(name));
        }
    }

    /** A name from the bundle as it can be printed: control characters (terminal escapes) replaced. */
    private static String shown(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean signatureHolds(String pem, byte[] manifest, byte[] signatureBase64) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey(pem));
            verifier.update(manifest);
            return verifier.verify(
                    Base64.getDecoder().decode(new String(signatureBase64, StandardCharsets.US_ASCII).trim()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static PublicKey publicKey(String pem) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pem)));
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder()
                .decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }

    /** SHA-256 of the DER public key, hex: what an organisation publishes for courts to compare. */
    public static String fingerprint(String pem) {
        return HexFormat.of().formatHex(sha256().digest(der(pem)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
