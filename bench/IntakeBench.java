/*
 * Tirek intake benchmark: a single-file Java program, compiled and run by bench/intake.sh against the
 * classes and libraries of target/tirek.jar (extracted with -Djarmode=tools).
 *
 * It starts the whole application (web server on a free loopback port) on a fresh embedded
 * PostgreSQL in --data-dir, with the persistent directory's settings (fsync and synchronous_commit
 * on, as in production), initialises the vault (which makes the intake keypair), lifts intake's
 * in-memory rate limits (they would cap the figures at 120 a minute), and then measures in this one
 * JVM, closed-loop with --workers threads, in interleaved rounds of --seconds per case:
 *
 *   http     what a reporter's browser does: GET /report (a fresh one-time form token), then POST
 *            /report as multipart with the default questionnaire's answers (a story of --story-bytes)
 *            and, with --file-kib above 0, one file of that size; the receipt page must come back.
 *            Everything the server does per report is in it: token check and replay record, reading
 *            the answers, HPKE-encrypting them to the intake key (and the file under its own key),
 *            a receipt code hashed with Argon2id, the rows and the audit entry, the commit.
 *   service  the same through the PublicIntake bean (blank() then submit()), without HTTP, Tomcat,
 *            multipart parsing and Thymeleaf: the encryption-and-commit part alone.
 *   form     (only when asked for) GET /report alone: what the blank form costs of http.
 *   plain    the baseline: one INSERT of a row of the same size (as many bytes as a stored report
 *            takes: its ciphertext, receipt salt, hash and tag, and the file's content when there is
 *            one) into a table without indexes or constraints but its primary key, one transaction
 *            and commit per row, through the same connection pool.
 *
 * The stored size per report is measured from the database after the checks; the plain rows copy it.
 * Each case records every operation's latency; reported: operations per second (median over the
 * measured rounds), the median of per-round ratios against plain, and p50/p99/max latency over all
 * measured operations. Because the figures move with whatever else runs on the machine, each case
 * also reports the CPU time it took per operation: this JVM's (server and, for http, the client
 * too) plus PostgreSQL's (the postmaster and its backends, read from /proc), and the rate that CPU
 * time allows on the machine's cores when nothing else runs (cores / CPU per operation). Before timing, one report is checked end to end: its receipt opens it, and
 * its story is nowhere in the database in clear.
 *
 * Exit status: 0 when everything ran (whatever the figures), 1 when something broke, 2 on bad usage.
 */

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.TirekApplication;
import org.tirek.intake.internal.PublicIntake;
import org.tirek.intake.internal.Uploads;
import org.tirek.vault.Vault;

public class IntakeBench {

    static final Pattern FIELD = Pattern.compile("name=\"(formToken|version)\" value=\"([^\"]*)\"");
    static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9 ]{19})<");

    record Options(
            Path dataDir, int workers, int seconds, int warmupSeconds, int warmupOps, int rounds, int storyBytes,
            int fileKib, List<String> cases) {}

    /** One case: a name and what a worker does once. */
    interface Op {
        void run(Worker w) throws Exception;
    }

    /** Per-thread state: an HTTP client of its own, a random story, scratch buffers. */
    static final class Worker {
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static final Map<String, List<Double>> RATES = new LinkedHashMap<>();
    static final Map<String, double[]> CPU = new LinkedHashMap<>(); // case -> {cpu seconds, ops}
    static Path pgData;
    static final Map<String, List<Long>> LATENCIES = new LinkedHashMap<>();

    static String base;
    static String story;
    static byte[] file;
    static PublicIntake intake;
    static JdbcClient jdbc;
    static TransactionTemplate tx;
    static int plainBytes;
    static int plainFileBytes;

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: IntakeBench --data-dir DIR [--workers 8] [--seconds 10] [--warmup 5] [--warmup-ops 500] [--rounds 3]"
                    + " [--story-bytes 1500] [--file-kib 0] [--cases http,service,plain]");
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
            if (!List.of("data-dir", "workers", "seconds", "warmup", "warmup-ops", "rounds", "story-bytes", "file-kib",
                            "cases")
                    .contains(k)) throw new IllegalArgumentException("unknown option --" + k);
        }
        if (!m.containsKey("data-dir")) throw new IllegalArgumentException("--data-dir is required");
        List<String> cases = List.of(m.getOrDefault("cases", "http,service,plain").split(","));
        for (String c : cases) {
            if (!List.of("http", "service", "plain", "form").contains(c)) throw new IllegalArgumentException("unknown case " + c);
        }
        return new Options(
                Path.of(m.get("data-dir")),
                bounded(m, "workers", 8, 1, 256),
                bounded(m, "seconds", 10, 1, 600),
                bounded(m, "warmup", 5, 0, 600),
                bounded(m, "warmup-ops", 500, 0, 1_000_000),
                bounded(m, "rounds", 3, 1, 50),
                bounded(m, "story-bytes", 1500, 1, 20_000),
                bounded(m, "file-kib", 0, 0, 10_240),
                cases);
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
        System.out.printf("java %s (%s), %d CPUs%n", System.getProperty("java.vm.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TirekApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--tirek.database.data-dir=" + o.dataDir(),
                        "--tirek.database.ephemeral=false",
                        "--tirek.evidence.directory=" + o.dataDir().resolve("evidence"),
                        "--tirek.demo=false",
                        "--tirek.vault.demo-auto-unseal=false",
                        "--tirek.vault.kdf.target=1ms",
                        // the rate limits guard a server from floods; here they would measure themselves
                        "--tirek.intake.limits.submissions-per-minute=100000000",
                        "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, o.workers() + 2),
                        "--logging.level.root=WARN",
                        "--logging.level.org.tirek=WARN");
        try {
            base = "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
            pgData = o.dataDir().resolve("pg");
            System.out.printf(Locale.ROOT, "Tirek started (web server %s, embedded PostgreSQL, fsync on) in %.1f s%n",
                    base, (System.nanoTime() - t0) / 1e9);
            ctx.getBean(Vault.class).initWithPassphrase("tirek intake benchmark passphrase");
            intake = ctx.getBean(PublicIntake.class);
            jdbc = ctx.getBean(JdbcClient.class);
            tx = ctx.getBean(TransactionTemplate.class);
            story = text(o.storyBytes());
            file = o.fileKib() == 0 ? null : textFile(o.fileKib() * 1024);
            check(o);
            measure(o);
        } finally {
            ctx.close();
        }
    }

    /** One report through HTTP, opened with its receipt; the story is nowhere in clear; sizes measured. */
    static void check(Options o) throws Exception {
        String marker = "MARKER-" + UUID.randomUUID();
        String saved = story;
        story = marker + story.substring(Math.min(story.length(), marker.length()));
        String receipt = httpReport(new Worker());
        story = saved;
        if (intake.open(receipt) == null) throw new IllegalStateException("the receipt opens no report");
        long clear = jdbc.sql("select count(*) from intake_report where position(convert_to(:m, 'UTF8') in answers) > 0")
                .param("m", marker)
                .query(Long.class)
                .single();
        if (clear != 0) throw new IllegalStateException("the story is stored in clear");
        for (int i = 0; i < 20; i++) serviceReport(); // so that the sizes are an average
        plainBytes = jdbc.sql("""
                        select avg(octet_length(answers) + octet_length(receipt_salt) + octet_length(receipt_hash) + 4)::int
                          from intake_report""").query(Integer.class).single();
        plainFileBytes = o.fileKib() == 0 ? 0 : jdbc.sql("""
                        select avg(octet_length(c.content) + octet_length(f.meta) + octet_length(f.wrapped_key))::int
                          from intake_file f join intake_file_content c on c.file_id = f.id""").query(Integer.class).single();
        jdbc.sql("create table bench_plain (id uuid primary key, received_at timestamptz not null, body bytea not null,"
                + " file bytea)").update();
        System.out.printf("checked: a report sent over HTTP opens with its receipt; its story is not in the database in"
                + " clear%nstored per report: %d bytes of report row data%s; plain rows get the same%n", plainBytes,
                o.fileKib() == 0 ? "" : " + " + plainFileBytes + " bytes of file");
    }

    // ---- the cases ----------------------------------------------------------------------------------

    static String httpReport(Worker w) throws Exception {
        HttpResponse<String> form = w.http.send(HttpRequest.newBuilder(URI.create(base + "/report")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (form.statusCode() != 200) throw new IllegalStateException("GET /report answered " + form.statusCode());
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = FIELD.matcher(form.body());
        while (m.find()) fields.put(m.group(1), m.group(2));
        if (fields.size() != 2) throw new IllegalStateException("no form token in the form");
        fields.putAll(answers());
        String boundary = "----bench" + ThreadLocalRandom.current().nextLong();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"note.txt\""
                    + "\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> sent = w.http.send(HttpRequest.newBuilder(URI.create(base + "/report"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher r = RECEIPT.matcher(sent.body());
        if (sent.statusCode() != 200 || !r.find()) {
            throw new IllegalStateException("POST /report answered " + sent.statusCode() + " without a receipt");
        }
        return r.group(1);
    }

    /** Only the first half of http: the blank form with its fresh token (to see what the page costs). */
    static void formOnly(Worker w) throws Exception {
        HttpResponse<String> form = w.http.send(HttpRequest.newBuilder(URI.create(base + "/report")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (form.statusCode() != 200 || !form.body().contains("name=\"formToken\"")) {
            throw new IllegalStateException("GET /report answered " + form.statusCode());
        }
    }

    static void serviceReport() {
        PublicIntake.Blank blank = intake.blank();
        Map<String, String> form = answers();
        form.put("version", Integer.toString(blank.questionnaire().version()));
        List<Uploads.Incoming> files = file == null
                ? List.of()
                : List.of(new Uploads.Incoming("note.txt", new java.io.ByteArrayInputStream(file)));
        if (!(intake.submit(form, files, blank.token(), null) instanceof PublicIntake.Accepted)) {
            throw new IllegalStateException("the service refused a valid report");
        }
    }

    static void plainInsert() {
        byte[] body = new byte[plainBytes];
        ThreadLocalRandom.current().nextBytes(body);
        byte[] content = null;
        if (plainFileBytes > 0) {
            content = new byte[plainFileBytes];
            ThreadLocalRandom.current().nextBytes(content);
        }
        byte[] f = content;
        tx.executeWithoutResult(s -> jdbc.sql("insert into bench_plain (id, received_at, body, file) values (:id, :at, :b, :f)")
                .param("id", UUID.randomUUID())
                .param("at", Timestamp.from(Instant.now()))
                .param("b", body)
                .param("f", f)
                .update());
    }

    static Map<String, String> answers() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("q.who", "SURVIVOR");
        a.put("q.what", "PHYSICAL_ASSAULT");
        a.put("q.when.year", "2025");
        a.put("q.when.month", "3");
        a.put("q.where", "KZ-75");
        a.put("q.area", "URBAN");
        a.put("q.safe", "UNSURE");
        a.put("q.contact.way", "PHONE");
        a.put("q.contact.phone", "+7 701 555 01 02");
        a.put("q.contact.times", "weekdays after 10");
        a.put("q.consent.SERVICES", "yes");
        a.put("q.consent.STATISTICS", "yes");
        a.put("q.story", story);
        return a;
    }

    static String text(int bytes) {
        String words = "he took my passport and my phone and said I could not leave the flat without him ";
        StringBuilder b = new StringBuilder(bytes);
        while (b.length() < bytes) b.append(words);
        return b.substring(0, bytes);
    }

    static byte[] textFile(int bytes) {
        return text(bytes).getBytes(StandardCharsets.US_ASCII);
    }

    // ---- timing -------------------------------------------------------------------------------------

    static void measure(Options o) throws Exception {
        Map<String, Op> ops = new LinkedHashMap<>();
        for (String c : o.cases()) {
            ops.put(c, switch (c) {
                case "http" -> w -> httpReport(w);
                case "service" -> w -> serviceReport();
                case "form" -> w -> formOnly(w);
                default -> w -> plainInsert();
            });
        }
        System.out.printf("workers %d (closed loop), %d s per case per round, warm-up per case at least %d s and %d"
                        + " operations (so that the JIT has compiled the paths), %d rounds; story %d bytes, file %d KiB%n",
                o.workers(), o.seconds(), o.warmupSeconds(), o.warmupOps(), o.rounds(), o.storyBytes(), o.fileKib());
        for (Map.Entry<String, Op> e : ops.entrySet()) {
            long w0 = System.nanoTime();
            int done = warmUp(e.getKey(), e.getValue(), o.workers(), o.warmupSeconds(), o.warmupOps());
            System.out.printf(Locale.ROOT, "warm-up %s: %d operations in %.0f s%n", e.getKey(), done,
                    (System.nanoTime() - w0) / 1e9);
        }
        List<String> names = new ArrayList<>(ops.keySet());
        for (int r = 0; r < o.rounds(); r++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + r) % names.size()); // the order rotates
                double rate = slice(name, ops.get(name), o.workers(), o.seconds(), true);
                line.append(String.format(Locale.ROOT, " %s %.0f/s;", name, rate));
            }
            System.out.printf("round %d:%s%n", r + 1, line);
        }
        report(o);
    }

    /** Runs {@code op} until at least {@code seconds} have passed and {@code ops} operations are done. */
    static int warmUp(String name, Op op, int workers, int seconds, int ops) throws Exception {
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Throwable[] failure = new Throwable[1];
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < workers; t++) {
            threads.add(Thread.ofPlatform().name("warm-" + name + "-" + t).start(() -> {
                Worker w = new Worker();
                try {
                    while (!stop.get()) {
                        op.run(w);
                        done.incrementAndGet();
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = e;
                    }
                    stop.set(true);
                }
            }));
        }
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!stop.get() && (System.nanoTime() < until || done.get() < ops)) Thread.sleep(100);
        stop.set(true);
        for (Thread t : threads) t.join();
        if (failure[0] != null) throw new IllegalStateException(name + " failed in the warm-up", failure[0]);
        return done.get();
    }

    /** Runs {@code op} on {@code workers} threads for {@code seconds}; returns operations per second. */
    static double slice(String name, Op op, int workers, int seconds, boolean measured) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        List<long[]> lat = new ArrayList<>();
        int[] counts = new int[workers];
        Throwable[] failure = new Throwable[1];
        List<Thread> threads = new ArrayList<>();
        double cpu0 = cpuSeconds();
        long start = System.nanoTime();
        for (int t = 0; t < workers; t++) {
            int id = t;
            long[] mine = new long[1 << 17];
            lat.add(mine);
            Thread thread = Thread.ofPlatform().name("bench-" + name + "-" + t).start(() -> {
                Worker w = new Worker();
                try {
                    while (!stop.get()) {
                        long s = System.nanoTime();
                        op.run(w);
                        if (counts[id] < mine.length) mine[counts[id]] = System.nanoTime() - s;
                        counts[id]++;
                    }
                } catch (Throwable e) {
                    synchronized (failure) {
                        if (failure[0] == null) failure[0] = e;
                    }
                    stop.set(true);
                }
            });
            threads.add(thread);
        }
        Thread.sleep(Duration.ofSeconds(seconds));
        stop.set(true);
        for (Thread t : threads) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds() - cpu0;
        if (failure[0] != null) throw new IllegalStateException(name + " failed", failure[0]);
        int total = Arrays.stream(counts).sum();
        double rate = total / elapsed;
        if (measured) {
            double[] c = CPU.computeIfAbsent(name, k -> new double[2]);
            c[0] += cpu;
            c[1] += total;
            RATES.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
            List<Long> all = LATENCIES.computeIfAbsent(name, k -> new ArrayList<>());
            for (int t = 0; t < workers; t++) {
                for (int i = 0; i < Math.min(counts[t], lat.get(t).length); i++) all.add(lat.get(t)[i]);
            }
        }
        return rate;
    }

    static void report(Options o) {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.println();
        System.out.printf("%-9s %11s %22s %8s %8s %8s %7s %10s %13s%n", "case", "per second", "x plain (range)", "p50 ms",
                "p99 ms", "max ms", "ops", "CPU ms/op", "idle " + cores + "-core/s");
        for (String name : RATES.keySet()) {
            List<Long> l = new ArrayList<>(LATENCIES.get(name));
            l.sort(null);
            String ratio = RATES.containsKey("plain") && !name.equals("plain") ? ratio(name, "plain") : "";
            double[] c = CPU.get(name);
            double cpuMs = c[1] == 0 ? Double.NaN : c[0] * 1000 / c[1];
            System.out.printf(Locale.ROOT, "%-9s %11.0f %22s %8.2f %8.2f %8.2f %7d %10.2f %13.0f%n", name,
                    median(RATES.get(name)), ratio, pct(l, 0.50), pct(l, 0.99), l.isEmpty() ? 0 : l.get(l.size() - 1) / 1e6,
                    l.size(), cpuMs, cores * 1000 / cpuMs);
            System.out.printf(Locale.ROOT, "RESULT %s rate=%.1f p50=%.2f p99=%.2f cpu_ms=%.3f%n", name,
                    median(RATES.get(name)), pct(l, 0.50), pct(l, 0.99), cpuMs);
        }
        for (String name : List.of("http", "service")) {
            if (RATES.containsKey(name)) {
                double rate = median(RATES.get(name));
                double idle = cores * 1000 / (CPU.get(name)[0] * 1000 / CPU.get(name)[1]);
                System.out.printf(Locale.ROOT, "goal 200/s: %s sustained %.0f submissions/s here (%s); its CPU time allows"
                                + " %.0f/s on %d idle cores (%s)%n", name, rate, rate >= 200 ? "meets" : "misses", idle, cores,
                        idle >= 200 ? "meets" : "misses");
            }
        }
    }

    /**
     * CPU seconds used so far by this JVM and by PostgreSQL: the postmaster, its live children
     * (backends, writers) and, through the postmaster's cutime/cstime, the children that exited.
     */
    static double cpuSeconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
        return jvm + postgresTicks() / 100.0; // USER_HZ is 100 on Linux
    }

    static long postgresTicks() {
        try {
            long pid = Long.parseLong(java.nio.file.Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
            ProcessHandle master = ProcessHandle.of(pid).orElseThrow();
            long ticks = ticks(pid, true);
            for (ProcessHandle child : master.descendants().toList()) ticks += ticks(child.pid(), false);
            return ticks;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read PostgreSQL's CPU time", e);
        }
    }

    /** utime + stime (+ cutime + cstime) of /proc/PID/stat, in clock ticks; 0 when the process is gone. */
    static long ticks(long pid, boolean withChildren) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long t = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15
            if (withChildren) t += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return t;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (a.length == 0) return Double.NaN;
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    /** "0.412 (0.390-0.445)": median of the per-round ratios, then their range. */
    static String ratio(String num, String den) {
        List<Double> a = RATES.get(num);
        List<Double> b = RATES.get(den);
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) r.add(a.get(i) / b.get(i));
        return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", median(r), r.stream().mapToDouble(d -> d).min().orElse(0),
                r.stream().mapToDouble(d -> d).max().orElse(0));
    }
}
