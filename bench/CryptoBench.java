/*
 * Tirek vault encryption benchmark: a single-file Java program, compiled and run by bench/crypto.sh
 * against the classes and libraries of target/tirek.jar (extracted with -Djarmode=tools).
 *
 * It starts Tirek's Spring context without a web server (WebApplicationType.NONE) on a fresh
 * embedded PostgreSQL in --data-dir, initialises the vault with a passphrase, takes FieldEncryption
 * and StreamEncryption from the context (the real beans, as the application uses them), and then
 * measures in this one JVM, in interleaved rounds:
 *
 *   fields   seal/open of texts of --field-sizes bytes through FieldEncryption, next to
 *            (a) raw javax.crypto AES-256-GCM (one Cipher, a fresh 12-byte IV from SecureRandom per
 *                operation, the same associated-data bytes as FieldEncryptionImpl builds) and
 *            (b) a Tink AES256_GCM Aead used directly (the primitive our API wraps), on bytes.
 *            Per round each case gets --slice-ms in 6 sub-slices that alternate with the other
 *            cases of its group (same size, same operation); the figure is operations per second.
 *            With --breakdown true two more cases show where the time between Tink and the API goes.
 *   streams  --stream-mib MiB encrypted and then decrypted through StreamEncryption (written and
 *            read in --io-buffer pieces, as InputStream.transferTo does), next to raw javax.crypto
 *            AES-256-GCM over the same bytes in 1 MiB chunks (one IV and one tag per chunk, as
 *            Tink's 1 MiB segments). Ciphertext goes to and comes from one byte array in memory.
 *   openssl  when --openssl names a binary, every measured round also runs
 *            `openssl speed -elapsed -seconds S -mr -evp aes-256-gcm -bytes B` (and -decrypt) for
 *            B = 16 KiB and 1 MiB, so that the native baseline shares the machine's load with the
 *            Java cases. -elapsed makes openssl divide by wall-clock time, as the Java side does.
 *
 * Before timing, every path is checked: each field opens to its plaintext, and the stream decrypts
 * to the exact bytes written. The first key use per scope (key creation in PostgreSQL, unwrapping,
 * the keyset cache filling) happens before the warm-up, so the timed loops measure the cached path.
 *
 * Rounds: --warmup rounds first (thrown away), then --rounds measured ones; within a round the case
 * order rotates, the stream cases alternate which goes first, so that a burst of outside load does not always fall on the same case. Reported:
 * medians over rounds, the median of the per-round ratios and their min-max.
 *
 * MB means 10^6 bytes (as openssl reports). Exit status: 0 when everything ran (whatever the
 * figures), 1 when something broke (start-up, a check, openssl), 2 on bad usage.
 */

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tirek.TirekApplication;
import org.tirek.vault.FieldEncryption;
import org.tirek.vault.FieldRef;
import org.tirek.vault.KeyScope;
import org.tirek.vault.SealedText;
import org.tirek.vault.StreamEncryption;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

public class CryptoBench {

    static final int MIB = 1 << 20;
    static final int CHUNK = MIB; // raw JCE streaming chunk = Tink's segment size
    static final int IV = 12;
    static final int TAG = 16;
    static final int SUBS = 6; // sub-slices per case per round

    /** Keeps results alive so that the JIT cannot drop the work. */
    static long sink;

    static volatile long published;

    /** The last SealedText made in a timed loop (a plain field store: cheaper than reading its bytes). */
    static Object lastResult;

    interface Op {
        void run() throws Exception;
    }

    record Options(
            Path dataDir,
            int[] fieldSizes,
            int streamMib,
            int ioBuffer,
            int rounds,
            int warmup,
            int sliceMs,
            String openssl,
            int opensslSeconds,
            boolean breakdown) {}

    /** Rates per case name, one entry per measured round. */
    static final Map<String, List<Double>> RESULTS = new LinkedHashMap<>();

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: CryptoBench --data-dir DIR [--field-sizes 64,1024,16384] [--stream-mib 256]"
                    + " [--io-buffer 16384] [--rounds 5] [--warmup 2] [--slice-ms 300] [--openssl PATH|none]"
                    + " [--openssl-seconds 1] [--breakdown true]");
            System.exit(2);
            return;
        }
        int status;
        try {
            run(o);
            status = 0;
        } catch (Throwable e) {
            System.err.println("error: the benchmark broke:");
            e.printStackTrace();
            status = 1;
        }
        System.out.flush();
        System.exit(status);
    }

    static Options parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("bad argument " + args[i]);
            m.put(args[i].substring(2), args[++i]);
        }
        for (String k : m.keySet()) {
            if (!List.of("data-dir", "field-sizes", "stream-mib", "io-buffer", "rounds", "warmup", "slice-ms",
                            "openssl", "openssl-seconds", "breakdown")
                    .contains(k)) throw new IllegalArgumentException("unknown option --" + k);
        }
        if (!m.containsKey("data-dir")) throw new IllegalArgumentException("--data-dir is required");
        int[] sizes = Arrays.stream(m.getOrDefault("field-sizes", "64,1024,16384").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        for (int s : sizes) if (s < 1 || s > MIB) throw new IllegalArgumentException("field sizes must be 1..1048576");
        int streamMib = bounded(m, "stream-mib", 256, 1, 4096);
        int io = bounded(m, "io-buffer", 16384, 1, MIB);
        if (Integer.bitCount(io) != 1) throw new IllegalArgumentException("--io-buffer must be a power of two");
        return new Options(
                Path.of(m.get("data-dir")),
                sizes,
                streamMib,
                io,
                bounded(m, "rounds", 5, 1, 50),
                bounded(m, "warmup", 2, 0, 20),
                bounded(m, "slice-ms", 300, 20, 10_000),
                m.getOrDefault("openssl", "none"),
                bounded(m, "openssl-seconds", 1, 1, 30),
                Boolean.parseBoolean(m.getOrDefault("breakdown", "false")));
    }

    static int bounded(Map<String, String> m, String key, int def, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(m.getOrDefault(key, Integer.toString(def)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a number");
        }
        if (v < min || v > max) throw new IllegalArgumentException("--" + key + " must be " + min + ".." + max);
        return v;
    }

    // ---- the run ------------------------------------------------------------------------------------

    static void run(Options o) throws Exception {
        printJvm();
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TirekApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // command-line arguments: they outrank application.yaml and the environment
                .run(
                        "--tirek.database.data-dir=" + o.dataDir(),
                        "--tirek.database.ephemeral=false",
                        // not used here, but FileStore needs it and application.yaml has no default for it
                        "--tirek.evidence.directory=" + o.dataDir().resolve("evidence"),
                        "--tirek.demo=false",
                        "--tirek.vault.demo-auto-unseal=false",
                        "--tirek.vault.kdf.target=1ms",
                        "--logging.level.root=WARN",
                        "--logging.level.org.tirek=WARN");
        try {
            System.out.printf(Locale.ROOT, "Spring context (no web server, embedded PostgreSQL) started in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            Vault vault = ctx.getBean(Vault.class);
            VaultStatus status = vault.status();
            if (status.initialized()) throw new IllegalStateException("expected a fresh data directory, found a vault");
            long k0 = System.nanoTime();
            vault.initWithPassphrase("tirek crypto benchmark passphrase");
            System.out.printf(Locale.ROOT, "vault initialised (Argon2id calibrated to ~1 ms) in %.2f s%n",
                    (System.nanoTime() - k0) / 1e9);
            measure(o, ctx.getBean(FieldEncryption.class), ctx.getBean(StreamEncryption.class));
        } finally {
            ctx.close();
        }
    }

    static void printJvm() {
        StringBuilder flags = new StringBuilder();
        try {
            HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (String f : List.of("UseAES", "UseAESIntrinsics", "UseAVX", "UseG1GC", "UseSerialGC", "MaxHeapSize")) {
                try {
                    String v = hs.getVMOption(f).getValue();
                    if (!v.isEmpty()) flags.append(' ').append(f).append('=').append(v);
                } catch (IllegalArgumentException ignored) {
                    // flag not present on this VM
                }
            }
        } catch (RuntimeException ignored) {
            // not HotSpot
        }
        System.out.printf("java %s (%s), %d CPUs;%s%n", System.getProperty("java.vm.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(), flags);
    }

    // ---- field encryption -----------------------------------------------------------------------------

    static final class FieldCase {
        final int size;
        final String text;
        final byte[] bytes;
        final byte[] ad;
        byte[] jceCt;
        byte[] tinkCt;
        SealedText sealed;

        FieldCase(int size, KeyScope scope, FieldRef field, SecureRandom rng) {
            this.size = size;
            // ASCII, so that the UTF-8 form has exactly `size` bytes
            char[] c = new char[size];
            String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,";
            for (int i = 0; i < size; i++) c[i] = alphabet.charAt(rng.nextInt(alphabet.length()));
            this.text = new String(c);
            this.bytes = text.getBytes(StandardCharsets.UTF_8);
            // the same associated data FieldEncryptionImpl binds (tirek/field/v1|scope|table|column|row)
            this.ad = ("tirek/field/v1|" + scope.value() + "|" + field.table() + "|" + field.column() + "|"
                            + field.rowId())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    static final class Jce {
        final Cipher cipher;
        final SecretKeySpec key;
        final SecureRandom rng = new SecureRandom(); // what Tink uses too: a default SecureRandom per thread

        Jce() throws Exception {
            cipher = Cipher.getInstance("AES/GCM/NoPadding");
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            key = new SecretKeySpec(k, "AES");
        }

        /** iv || ciphertext || tag, like Tink's AesGcmJce without the 5-byte key-id prefix. */
        byte[] seal(byte[] plaintext, byte[] ad) throws Exception {
            byte[] iv = new byte[IV];
            rng.nextBytes(iv);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG * 8, iv));
            cipher.updateAAD(ad);
            byte[] out = new byte[IV + plaintext.length + TAG];
            System.arraycopy(iv, 0, out, 0, IV);
            cipher.doFinal(plaintext, 0, plaintext.length, out, IV);
            return out;
        }

        byte[] open(byte[] sealed, byte[] ad) throws Exception {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG * 8, sealed, 0, IV));
            cipher.updateAAD(ad);
            return cipher.doFinal(sealed, IV, sealed.length - IV);
        }
    }

    // ---- streams ------------------------------------------------------------------------------------

    /** An OutputStream into a preallocated array (the ciphertext "file"). */
    static final class ArraySink extends OutputStream {
        final byte[] a;
        int pos;

        ArraySink(byte[] a) {
            this.a = a;
        }

        @Override
        public void write(int b) {
            a[pos++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.arraycopy(b, off, a, pos, len);
            pos += len;
        }
    }

    static final class Streams {
        final StreamEncryption api;
        final KeyScope scope;
        final String context;
        final byte[] ad;
        final byte[] block = new byte[MIB]; // the plaintext, repeated
        final byte[] ct;
        final long total;
        final int io;
        final byte[] readBuf;
        final byte[] chunkOut = new byte[CHUNK];
        final Jce jce;
        int apiCtLen;
        int jceCtLen;

        Streams(StreamEncryption api, KeyScope scope, int mib, int io, Jce jce) {
            this.api = api;
            this.scope = scope;
            this.context = "evidence/" + UUID.randomUUID() + "/original"; // as EvidenceService names it
            this.ad = ("tirek/stream/v1|" + scope.value() + "|" + context).getBytes(StandardCharsets.UTF_8);
            new SecureRandom().nextBytes(block);
            this.total = (long) mib * MIB;
            this.ct = new byte[(int) (total + (total >> 10) + 65536)];
            this.io = io;
            this.readBuf = new byte[io];
            this.jce = jce;
        }

        void apiEncrypt() throws IOException {
            ArraySink out = new ArraySink(ct);
            try (OutputStream enc = api.encrypting(scope, context, out)) {
                for (long done = 0; done < total; done += io) {
                    enc.write(block, (int) (done & (MIB - 1)), io);
                }
            }
            apiCtLen = out.pos;
        }

        void apiDecrypt(boolean verify) throws IOException {
            long done = 0;
            try (InputStream dec = api.decrypting(scope, context, new ByteArrayInputStream(ct, 0, apiCtLen))) {
                int n;
                while ((n = dec.read(readBuf, 0, io)) != -1) {
                    if (verify) check(readBuf, 0, n, done);
                    done += n;
                }
            }
            if (done != total) throw new IllegalStateException("API stream decrypted to " + done + " bytes, not " + total);
            sink += readBuf[0];
        }

        void jceEncrypt() throws Exception {
            int pos = 0;
            byte[] iv = new byte[IV];
            for (long done = 0; done < total; done += CHUNK) {
                int len = (int) Math.min(CHUNK, total - done);
                jce.rng.nextBytes(iv);
                System.arraycopy(iv, 0, ct, pos, IV);
                jce.cipher.init(Cipher.ENCRYPT_MODE, jce.key, new GCMParameterSpec(TAG * 8, iv));
                jce.cipher.updateAAD(ad);
                pos += IV + jce.cipher.doFinal(block, (int) (done & (MIB - 1)), len, ct, pos + IV);
            }
            jceCtLen = pos;
        }

        void jceDecrypt(boolean verify) throws Exception {
            int pos = 0;
            long done = 0;
            while (pos < jceCtLen) {
                int len = (int) Math.min(CHUNK, total - done);
                jce.cipher.init(Cipher.DECRYPT_MODE, jce.key, new GCMParameterSpec(TAG * 8, ct, pos, IV));
                jce.cipher.updateAAD(ad);
                int n = jce.cipher.doFinal(ct, pos + IV, len + TAG, chunkOut, 0);
                if (verify) check(chunkOut, 0, n, done);
                pos += IV + len + TAG;
                done += n;
            }
            if (done != total) throw new IllegalStateException("JCE stream decrypted to " + done + " bytes, not " + total);
            sink += chunkOut[0];
        }

        /** b[off, off+n) must equal the plaintext at stream offset `at` (the block repeats every MiB). */
        void check(byte[] b, int off, int n, long at) {
            for (int i = 0; i < n; ) {
                int p = (int) ((at + i) & (MIB - 1));
                int len = Math.min(n - i, MIB - p);
                if (Arrays.mismatch(b, off + i, off + i + len, block, p, p + len) != -1) {
                    throw new IllegalStateException("stream decrypted to different bytes at offset " + (at + i));
                }
                i += len;
            }
        }
    }

    // ---- measuring ----------------------------------------------------------------------------------

    /**
     * The CPU time of the measuring thread. Unlike wall time it does not count the time other
     * processes take the core away, so its ratios are steadier on a shared machine; but it leaves out
     * the work the operation causes on other threads (GC, JIT), so wall time stays the headline.
     */
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Runs op in batches of 16 for about sliceNanos; returns {operations, wall ns, thread CPU ns}. */
    static long[] slice(Op op, long sliceNanos) throws Exception {
        long n = 0;
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + sliceNanos;
        long now;
        do {
            for (int i = 0; i < 16; i++) op.run();
            n += 16;
            now = System.nanoTime();
        } while (now < end);
        return new long[] {n, now - start, THREADS.getCurrentThreadCpuTime() - cpu};
    }

    /** Runs op once and keeps MB/s by wall time as `name` and by thread CPU time as `name cpu`. */
    static void once(String name, boolean measured, double mb, Op op) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        op.run();
        long wall = System.nanoTime() - start;
        cpu = THREADS.getCurrentThreadCpuTime() - cpu;
        keep(name, measured, mb * 1e9 / wall);
        keep(name + " cpu", measured, mb * 1e9 / Math.max(cpu, 1));
    }

    static void keep(String name, boolean measured, double value) {
        if (measured) RESULTS.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    record Named(String name, Op op) {}

    static void measure(Options o, FieldEncryption fields, StreamEncryption streams) throws Exception {
        SecureRandom rng = new SecureRandom();
        KeyScope scope = KeyScope.ofCase(UUID.randomUUID());
        FieldRef field = FieldRef.of("evidence_custody", "reason", UUID.randomUUID());
        Jce jce = new Jce();
        AeadConfig.register();
        Aead tink = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                .getPrimitive(RegistryConfiguration.get(), Aead.class);

        // first use: creates the scope's field key (a committed INSERT) and fills the keyset cache
        long f0 = System.nanoTime();
        SealedText first = fields.seal(scope, field, "first use");
        double firstSealMs = (System.nanoTime() - f0) / 1e6;
        long f1 = System.nanoTime();
        String firstOpen = fields.open(scope, field, first);
        double firstOpenMs = (System.nanoTime() - f1) / 1e6;
        if (!firstOpen.equals("first use")) throw new IllegalStateException("first value did not round-trip");
        long f2 = System.nanoTime();
        fields.seal(scope, field, "second use");
        double secondSealUs = (System.nanoTime() - f2) / 1e3;
        System.out.printf(Locale.ROOT,
                "first use of the scope: seal %.1f ms (creates and stores the key), open %.2f ms; next seal %.0f us%n",
                firstSealMs, firstOpenMs, secondSealUs);

        List<FieldCase> cases = new ArrayList<>();
        for (int size : o.fieldSizes()) {
            FieldCase c = new FieldCase(size, scope, field, rng);
            c.jceCt = jce.seal(c.bytes, c.ad);
            c.tinkCt = tink.encrypt(c.bytes, c.ad);
            c.sealed = fields.seal(scope, field, c.text);
            if (!Arrays.equals(jce.open(c.jceCt, c.ad), c.bytes)) throw new IllegalStateException("JCE check failed");
            if (!Arrays.equals(tink.decrypt(c.tinkCt, c.ad), c.bytes)) throw new IllegalStateException("Tink check failed");
            if (!fields.open(scope, field, c.sealed).equals(c.text)) throw new IllegalStateException("API check failed");
            System.out.printf("field %d B: stored sizes jce %d, tink %d, api %d bytes%n", size, c.jceCt.length,
                    c.tinkCt.length, c.sealed.stored().length);
            cases.add(c);
        }

        List<List<Named>> groups = new ArrayList<>();
        for (FieldCase c : cases) {
            String k = "field " + c.size;
            groups.add(List.of(
                    new Named(k + " seal jce", () -> sink += jce.seal(c.bytes, c.ad).length),
                    new Named(k + " seal tink", () -> sink += tink.encrypt(c.bytes, c.ad).length),
                    new Named(k + " seal api", () -> lastResult = fields.seal(scope, field, c.text))));
            groups.add(List.of(
                    new Named(k + " open jce", () -> sink += jce.open(c.jceCt, c.ad).length),
                    new Named(k + " open tink", () -> sink += tink.decrypt(c.tinkCt, c.ad).length),
                    new Named(k + " open api", () -> sink += fields.open(scope, field, c.sealed).length())));
        }
        if (o.breakdown()) addBreakdown(groups, cases, fields, tink, scope, field);

        long need = (long) o.streamMib() * MIB * 21 / 20 + 64L * MIB;
        if (Runtime.getRuntime().maxMemory() < need) {
            throw new IllegalStateException("--stream-mib " + o.streamMib() + " needs a heap of about " + need / MIB
                    + " MiB (the ciphertext is kept in memory); the maximum heap is "
                    + Runtime.getRuntime().maxMemory() / MIB + " MiB: raise -Xmx or lower STREAM_MIB");
        }
        Streams s = new Streams(streams, scope, o.streamMib(), o.ioBuffer(), jce);
        // first use of the stream key (creation) and a full check of both paths
        long s0 = System.nanoTime();
        s.apiEncrypt();
        System.out.printf(Locale.ROOT, "first stream (creates the stream key): %.2f s for %d MiB; ciphertext %d bytes%n",
                (System.nanoTime() - s0) / 1e9, o.streamMib(), s.apiCtLen);
        s.apiDecrypt(true);
        s.jceEncrypt();
        s.jceDecrypt(true);

        long slice = o.sliceMs() * 1_000_000L;
        boolean openssl = !o.openssl().equals("none");
        int total = o.warmup() + o.rounds();
        System.out.printf(Locale.ROOT,
                "%d warm-up + %d measured rounds; fields %s B, %d ms per case per round; streams %d MiB,"
                        + " API I/O in %d-byte pieces, JCE in 1 MiB chunks; openssl: %s%n",
                o.warmup(), o.rounds(), Arrays.toString(o.fieldSizes()), o.sliceMs(), o.streamMib(), o.ioBuffer(),
                openssl ? o.openssl() + " (-seconds " + o.opensslSeconds() + ", each measured round)" : "not run");
        double mb = s.total / 1e6;
        if (!THREADS.isCurrentThreadCpuTimeSupported()) throw new IllegalStateException("no thread CPU time on this JVM");
        for (int r = 0; r < total; r++) {
            boolean measured = r >= o.warmup();
            long roundStart = System.nanoTime();
            // fields: per group (size and operation), the jce, tink and api cases take turns in SUBS
            // sub-slices, so that a burst of outside load or a GC falls on all three alike; the group
            // order and the order within a group rotate from round to round
            for (int g = 0; g < groups.size(); g++) {
                List<Named> group = groups.get((g + r) % groups.size());
                int k = group.size();
                long[] ops = new long[k];
                long[] nanos = new long[k];
                long[] cpus = new long[k];
                for (int sub = 0; sub < SUBS; sub++) {
                    for (int i = 0; i < k; i++) {
                        int c = (i + sub + r) % k;
                        long[] res = slice(group.get(c).op(), slice / SUBS);
                        ops[c] += res[0];
                        nanos[c] += res[1];
                        cpus[c] += res[2];
                    }
                }
                for (int c = 0; c < k; c++) {
                    keep(group.get(c).name(), measured, ops[c] * 1e9 / nanos[c]);
                    keep(group.get(c).name() + " cpu", measured, ops[c] * 1e9 / Math.max(cpus[c], 1));
                }
            }
            // streams: alternate which goes first
            Op[] streamOps = {
                () -> once("stream encrypt jce", measured, mb, s::jceEncrypt),
                () -> once("stream decrypt jce", measured, mb, () -> s.jceDecrypt(false)),
                () -> once("stream encrypt api", measured, mb, s::apiEncrypt),
                () -> once("stream decrypt api", measured, mb, () -> s.apiDecrypt(false)),
            };
            if (r % 2 == 0) {
                for (Op op : streamOps) op.run();
            } else {
                streamOps[2].run();
                streamOps[3].run();
                streamOps[0].run();
                streamOps[1].run();
            }
            if (measured && openssl) {
                keep("openssl encrypt 16384", true, opensslSpeed(o, 16384, false));
                keep("openssl encrypt 1048576", true, opensslSpeed(o, MIB, false));
                keep("openssl decrypt 16384", true, opensslSpeed(o, 16384, true));
                keep("openssl decrypt 1048576", true, opensslSpeed(o, MIB, true));
            }
            System.out.printf(Locale.ROOT, "%s %d done in %.1f s%s%n", measured ? "round" : "warm-up", measured ? r - o.warmup() + 1 : r + 1,
                    (System.nanoTime() - roundStart) / 1e9, measured ? roundLine() : "");
        }
        published = sink;
        // a last check that the timed paths still produce what they should
        s.apiEncrypt();
        s.apiDecrypt(true);
        for (FieldCase c : cases) {
            if (!fields.open(scope, field, fields.seal(scope, field, c.text)).equals(c.text)) {
                throw new IllegalStateException("API check failed after the rounds");
            }
        }
        report(o, cases);
    }

    /** A short progress line: this round's headline ratios. */
    static String roundLine() {
        StringBuilder b = new StringBuilder(":");
        for (String k : RESULTS.keySet()) {
            if (k.endsWith(" api")) {
                String base = k.substring(0, k.length() - 4) + " jce";
                List<Double> a = RESULTS.get(k);
                List<Double> j = RESULTS.get(base);
                if (j != null && j.size() == a.size()) {
                    b.append(String.format(Locale.ROOT, " %s %.2f;", k.replace(" api", "").replace("field ", ""),
                            a.get(a.size() - 1) / j.get(j.size() - 1)));
                }
            }
        }
        return b.toString();
    }

    /** `openssl speed -elapsed -seconds S -mr [-decrypt] -bytes B -evp aes-256-gcm`, in MB/s. */
    static double opensslSpeed(Options o, int bytes, boolean decrypt) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(o.openssl(), "speed", "-elapsed", "-seconds",
                Integer.toString(o.opensslSeconds()), "-mr"));
        if (decrypt) cmd.add("-decrypt");
        cmd.addAll(List.of("-bytes", Integer.toString(bytes), "-evp", "aes-256-gcm"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        if (rc != 0) throw new IllegalStateException(String.join(" ", cmd) + " exited " + rc + ":\n" + out);
        for (String line : out.split("\n")) {
            if (line.startsWith("+F:")) {
                String[] f = line.trim().split(":");
                return Double.parseDouble(f[f.length - 1]) / 1e6;
            }
        }
        throw new IllegalStateException("no +F: line from " + String.join(" ", cmd) + ":\n" + out);
    }

    // ---- the report ---------------------------------------------------------------------------------

    static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) return Double.NaN;
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static List<Double> perRound(String num, String den) {
        List<Double> a = RESULTS.get(num);
        List<Double> b = RESULTS.get(den);
        List<Double> r = new ArrayList<>();
        if (a == null || b == null) return r;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) r.add(a.get(i) / b.get(i));
        return r;
    }

    /** "0.812 (0.790-0.845)": median of the per-round ratios, then their range. */
    static String ratioText(List<Double> r) {
        if (r.isEmpty()) return "n/a";
        return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", median(r), r.stream().mapToDouble(d -> d).min().orElse(0),
                r.stream().mapToDouble(d -> d).max().orElse(0));
    }

    static String verdict(List<Double> r, double goal) {
        if (r.isEmpty()) return "";
        return median(r) >= goal ? "meets " + goal : "MISSES " + goal;
    }

    /** Per-round roundtrip rate: 1 / (1/enc + 1/dec), for the API, JCE or openssl of one block size. */
    static List<Double> roundTrip(String enc, String dec) {
        List<Double> a = RESULTS.get(enc);
        List<Double> b = RESULTS.get(dec);
        List<Double> r = new ArrayList<>();
        if (a == null || b == null) return r;
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) r.add(1 / (1 / a.get(i) + 1 / b.get(i)));
        return r;
    }

    static List<Double> divide(List<Double> a, List<Double> b) {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) r.add(a.get(i) / b.get(i));
        return r;
    }

    /**
     * --breakdown: where the time between Tink and our API goes. Adds to each field group
     *   "lean"       Tink used directly plus only what a String API cannot avoid: String to UTF-8
     *                bytes (seal) or back (open), and the associated data built per call; no
     *                SealedText copies, no key lookup, no proxy (what FieldEncryptionImpl could cost);
     *   "emul"       Tink used directly plus what FieldEncryptionImpl did around it before vault-perf
     *                (String to UTF-8 bytes, the associated-data string, SealedText's copies, bytes back
     *                to a String), but without the keyset-cache lookup and without the Spring proxy;
     *   "unproxied"  the FieldEncryptionImpl bean itself, taken out of its Spring proxy if it has one
     *                (before vault-perf it had, because rotateDataKey and shred were @Transactional;
     *                since then it has none, and "unproxied" is "api" measured twice).
     * tink -> lean is what a String API costs anyway, lean -> emul SealedText's two defensive copies,
     * emul -> unproxied the key lookup
     * (DataKeys.primitive), unproxied -> api the proxy.
     */
    static void addBreakdown(List<List<Named>> groups, List<FieldCase> cases, FieldEncryption fields, Aead tink,
            KeyScope scope, FieldRef field) throws Exception {
        Object target = org.springframework.aop.framework.AopProxyUtils.getSingletonTarget(fields);
        FieldEncryption unproxied;
        if (target == null) {
            // since vault-perf the bean is not proxied: then "unproxied" and "api" are the same object,
            // and their difference shows only the noise of the measurement
            unproxied = fields;
            System.out.printf("breakdown: the FieldEncryption bean is a %s, not a proxy (unproxied = api)%n",
                    fields.getClass().getName());
        } else if (target instanceof FieldEncryption f) {
            unproxied = f;
            System.out.printf("breakdown: the FieldEncryption bean is a %s around %s%n", fields.getClass().getName(),
                    target.getClass().getName());
        } else {
            throw new IllegalStateException("FieldEncryption is a proxy around " + target.getClass());
        }
        for (int i = 0; i < groups.size(); i++) {
            FieldCase c = cases.get(i / 2);
            String k = "field " + c.size;
            List<Named> g = new ArrayList<>(groups.get(i));
            SealedText tinkSealed = SealedText.fromStored(c.tinkCt);
            if (!new String(tink.decrypt(tinkSealed.stored(), emulAd(scope, field)), StandardCharsets.UTF_8).equals(c.text)) {
                throw new IllegalStateException("emulation check failed");
            }
            if (!unproxied.open(scope, field, unproxied.seal(scope, field, c.text)).equals(c.text)) {
                throw new IllegalStateException("unproxied check failed");
            }
            if (i % 2 == 0) {
                g.add(new Named(k + " seal lean", () -> lastResult =
                        tink.encrypt(c.text.getBytes(StandardCharsets.UTF_8), emulAd(scope, field))));
                g.add(new Named(k + " seal emul", () -> lastResult = SealedText.fromStored(
                        tink.encrypt(c.text.getBytes(StandardCharsets.UTF_8), emulAd(scope, field)))));
                g.add(new Named(k + " seal unproxied", () -> lastResult = unproxied.seal(scope, field, c.text)));
            } else {
                g.add(new Named(k + " open lean", () -> sink += new String(
                                tink.decrypt(c.tinkCt, emulAd(scope, field)), StandardCharsets.UTF_8)
                        .length()));
                g.add(new Named(k + " open emul", () -> sink += new String(
                                tink.decrypt(tinkSealed.stored(), emulAd(scope, field)), StandardCharsets.UTF_8)
                        .length()));
                g.add(new Named(k + " open unproxied", () -> sink += unproxied.open(scope, field, c.sealed).length()));
            }
            groups.set(i, List.copyOf(g));
        }
    }

    /** The associated data, built per call as FieldEncryptionImpl.associatedData does. */
    static byte[] emulAd(KeyScope scope, FieldRef field) {
        return ("tirek/field/v1|" + scope.value() + "|" + field.table() + "|" + field.column() + "|" + field.rowId())
                .getBytes(StandardCharsets.UTF_8);
    }

    static void reportBreakdown(List<FieldCase> cases) {
        System.out.println();
        System.out.println("== Breakdown (--breakdown): nanoseconds per operation, medians over the rounds ==");
        System.out.println("lean = Tink + String<->UTF-8 + associated data; emul = lean + SealedText's copies (all"
                + " FieldEncryptionImpl did before vault-perf but the key lookup); unproxied = the bean without its"
                + " Spring proxy, if it has one; api = the bean as injected");
        System.out.println("columns: strings = lean - tink; copies = emul - lean; lookup = unproxied - emul;"
                + " proxy = api - unproxied; wrapper = api - lean (all the API adds to what a String API costs"
                + " anyway)");
        for (String clock : List.of("", " cpu")) {
            System.out.println(clock.isEmpty() ? "by wall time:" : "by the measuring thread's CPU time:");
            System.out.printf("%-6s %-5s %7s %7s %7s %7s %9s %7s %9s %9s %9s %9s %9s%n", "size", "op", "jce", "tink",
                    "lean", "emul", "unproxied", "api", "strings", "copies", "lookup", "proxy", "wrapper");
            for (FieldCase c : cases) {
                for (String op : List.of("seal", "open")) {
                    String k = "field " + c.size + " " + op;
                    double j = 1e9 / median(RESULTS.get(k + " jce" + clock));
                    double t = 1e9 / median(RESULTS.get(k + " tink" + clock));
                    double l = 1e9 / median(RESULTS.get(k + " lean" + clock));
                    double e = 1e9 / median(RESULTS.get(k + " emul" + clock));
                    double u = 1e9 / median(RESULTS.get(k + " unproxied" + clock));
                    double a = 1e9 / median(RESULTS.get(k + " api" + clock));
                    System.out.printf(Locale.ROOT, "%-6s %-5s %7.0f %7.0f %7.0f %7.0f %9.0f %7.0f %+9.0f %+9.0f %+9.0f %+9.0f %+9.0f%n",
                            c.size + "B", op, j, t, l, e, u, a, l - t, e - l, u - e, a - u, a - l);
                }
            }
        }
        for (FieldCase c : cases) {
            for (String op : List.of("seal", "open")) {
                String k = "field " + c.size + " " + op;
                System.out.printf(Locale.ROOT, "%dB %s: lean/jce %s (CPU time %s); unproxied/jce %s (CPU time %s);"
                                + " api/lean CPU time %s%n",
                        c.size, op, ratioText(perRound(k + " lean", k + " jce")),
                        ratioText(perRound(k + " lean cpu", k + " jce cpu")),
                        ratioText(perRound(k + " unproxied", k + " jce")),
                        ratioText(perRound(k + " unproxied cpu", k + " jce cpu")),
                        ratioText(perRound(k + " api cpu", k + " lean cpu")));
            }
        }
    }

    static void report(Options o, List<FieldCase> cases) {
        System.out.println();
        System.out.printf("== Field encryption: FieldEncryption (api) vs Tink Aead used directly vs raw javax.crypto"
                + " AES-256-GCM (jce); %d rounds ==%n", o.rounds());
        System.out.println("ops/s and MB/s (plaintext bytes) are medians over the rounds; ratios are the median of the"
                + " per-round ratios (min-max). Goal: api/jce >= 0.8");
        System.out.printf("%-6s %-5s %11s %11s %11s %9s %9s %22s %22s %-12s%n", "size", "op", "jce ops/s", "tink ops/s",
                "api ops/s", "jce MB/s", "api MB/s", "tink/jce", "api/jce", "goal");
        for (FieldCase c : cases) {
            for (String op : List.of("seal", "open")) {
                String k = "field " + c.size + " " + op;
                double j = median(RESULTS.get(k + " jce"));
                double t = median(RESULTS.get(k + " tink"));
                double a = median(RESULTS.get(k + " api"));
                List<Double> ra = perRound(k + " api", k + " jce");
                System.out.printf(Locale.ROOT, "%-6s %-5s %11.0f %11.0f %11.0f %9.1f %9.1f %22s %22s %-12s%n",
                        c.size + "B", op, j, t, a, j * c.size / 1e6, a * c.size / 1e6,
                        ratioText(perRound(k + " tink", k + " jce")), ratioText(ra), verdict(ra, 0.8));
            }
        }
        for (FieldCase c : cases) {
            String k = "field " + c.size;
            System.out.printf(Locale.ROOT, "per-round api/jce %dB: seal %s | open %s%n", c.size,
                    list(perRound(k + " seal api", k + " seal jce")), list(perRound(k + " open api", k + " open jce")));
        }
        System.out.println("by the measuring thread's CPU time instead of wall time (steadier under outside load;"
                + " leaves out GC and JIT threads):");
        for (FieldCase c : cases) {
            String k = "field " + c.size;
            System.out.printf(Locale.ROOT, "  %dB: seal api/jce %s, tink/jce %s | open api/jce %s, tink/jce %s%n", c.size,
                    ratioText(perRound(k + " seal api cpu", k + " seal jce cpu")),
                    ratioText(perRound(k + " seal tink cpu", k + " seal jce cpu")),
                    ratioText(perRound(k + " open api cpu", k + " open jce cpu")),
                    ratioText(perRound(k + " open tink cpu", k + " open jce cpu")));
        }

        System.out.println();
        System.out.printf("== Streams: %d MiB through StreamEncryption (api) vs raw javax.crypto AES-256-GCM in 1 MiB"
                + " chunks (jce) vs openssl speed; %d rounds ==%n", o.streamMib(), o.rounds());
        System.out.println("MB/s (10^6 bytes of plaintext per second), medians; ratios: median of per-round ratios"
                + " (min-max). Goal: api/openssl >= 0.5");
        List<Double> apiRt = roundTrip("stream encrypt api", "stream decrypt api");
        List<Double> jceRt = roundTrip("stream encrypt jce", "stream decrypt jce");
        List<Double> ossl16Rt = roundTrip("openssl encrypt 16384", "openssl decrypt 16384");
        List<Double> ossl1mRt = roundTrip("openssl encrypt 1048576", "openssl decrypt 1048576");
        boolean haveOpenssl = RESULTS.containsKey("openssl encrypt 16384");
        System.out.printf("%-11s %9s %9s %11s %11s %22s %22s %22s %-12s%n", "direction", "jce MB/s", "api MB/s",
                "ossl 16K", "ossl 1M", "api/jce", "api/openssl 16K", "api/openssl 1M", "goal (16K)");
        for (String dir : List.of("encrypt", "decrypt", "round trip")) {
            List<Double> api = dir.equals("round trip") ? apiRt : RESULTS.get("stream " + dir + " api");
            List<Double> jce = dir.equals("round trip") ? jceRt : RESULTS.get("stream " + dir + " jce");
            List<Double> o16 = dir.equals("round trip") ? ossl16Rt : RESULTS.getOrDefault("openssl " + dir + " 16384", List.of());
            List<Double> o1m = dir.equals("round trip") ? ossl1mRt : RESULTS.getOrDefault("openssl " + dir + " 1048576", List.of());
            List<Double> r16 = divide(api, o16);
            System.out.printf(Locale.ROOT, "%-11s %9.0f %9.0f %11s %11s %22s %22s %22s %-12s%n", dir, median(jce), median(api),
                    haveOpenssl ? String.format(Locale.ROOT, "%.0f", median(o16)) : "-",
                    haveOpenssl ? String.format(Locale.ROOT, "%.0f", median(o1m)) : "-",
                    ratioText(divide(api, jce)), ratioText(r16), ratioText(divide(api, o1m)), verdict(r16, 0.5));
        }
        System.out.printf(Locale.ROOT, "per-round stream MB/s: api enc %s | api dec %s | jce enc %s | jce dec %s%n",
                list(RESULTS.get("stream encrypt api")), list(RESULTS.get("stream decrypt api")),
                list(RESULTS.get("stream encrypt jce")), list(RESULTS.get("stream decrypt jce")));
        System.out.printf(Locale.ROOT, "by the measuring thread's CPU time: api/jce encrypt %s, decrypt %s, round trip %s%n",
                ratioText(perRound("stream encrypt api cpu", "stream encrypt jce cpu")),
                ratioText(perRound("stream decrypt api cpu", "stream decrypt jce cpu")),
                ratioText(divide(roundTrip("stream encrypt api cpu", "stream decrypt api cpu"),
                        roundTrip("stream encrypt jce cpu", "stream decrypt jce cpu"))));
        if (haveOpenssl) {
            System.out.printf(Locale.ROOT, "per-round openssl MB/s: enc 16K %s | enc 1M %s | dec 16K %s | dec 1M %s%n",
                    list(RESULTS.get("openssl encrypt 16384")), list(RESULTS.get("openssl encrypt 1048576")),
                    list(RESULTS.get("openssl decrypt 16384")), list(RESULTS.get("openssl decrypt 1048576")));
            System.out.printf(Locale.ROOT, "per-round api/openssl 16K round trip: %s%n", list(divide(apiRt, ossl16Rt)));
        }
        if (o.breakdown()) reportBreakdown(cases);
        // machine-readable headline lines, for scripts and for the README
        System.out.println();
        for (FieldCase c : cases) {
            for (String op : List.of("seal", "open")) {
                String k = "field " + c.size + " " + op;
                System.out.printf(Locale.ROOT, "RESULT field %d %s api/jce %.3f%n", c.size, op,
                        median(perRound(k + " api", k + " jce")));
            }
        }
        System.out.printf(Locale.ROOT, "RESULT stream roundtrip api/jce %.3f%n", median(divide(apiRt, jceRt)));
        if (haveOpenssl) {
            System.out.printf(Locale.ROOT, "RESULT stream roundtrip api/openssl16K %.3f%n", median(divide(apiRt, ossl16Rt)));
            System.out.printf(Locale.ROOT, "RESULT stream roundtrip api/openssl1M %.3f%n", median(divide(apiRt, ossl1mRt)));
        }
    }

    static String list(List<Double> v) {
        if (v == null) return "-";
        StringBuilder b = new StringBuilder();
        for (double d : v) b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.3f", d));
        return b.toString();
    }
}
