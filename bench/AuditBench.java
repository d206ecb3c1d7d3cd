/*
 * Tirek audit trail benchmark: a single-file Java program, compiled and run by bench/audit.sh against
 * the classes and libraries of target/tirek.jar (extracted with -Djarmode=tools).
 *
 * It starts Tirek's Spring context without a web server (WebApplicationType.NONE) on a fresh embedded
 * PostgreSQL in --data-dir (fsync and synchronous commit on, as Tirek runs it), initialises the vault,
 * and measures in this one JVM the two benchmarks of issue 4:
 *
 *   read    an audited sensitive read next to the same read with the audit write skipped. The read is
 *           Cases.details(who, id) for a team member: the case, the membership check, the team, the
 *           status history and the notes (7 queries), and 7 sealed fields opened by the vault (the
 *           summary, a status reason and --notes notes). The audited path is the Cases bean as the
 *           application uses it: its transaction also inserts one audit_event and its audit_pending row,
 *           so its commit flushes WAL, and the sealer chains the entries (every 500 ms in the
 *           background, and the harness drains what is left after each audited slice; that time is
 *           counted against the audited path). The baseline is a second CasesService built from the
 *           very same collaborators (by reflection on the bean's constructor), except that its
 *           AuditTrail is a counter that writes nothing, wrapped in a proxy with the same advisors
 *           (the same @Transactional interceptor) as the real bean. Everything else is identical,
 *           including building the AuditEntry that is then dropped. Closed loops of --threads workers
 *           (e.g. 1 and 4) alternate between the two in --slice-ms slices, in interleaved rounds.
 *   verify  the whole chain verified through AuditVerification.verify (what `audit verify` and the
 *           background verification run: seal what waits, walk the chain from position 1 in one
 *           streamed query recomputing every hash, check every signed checkpoint, record the
 *           verification), next to (a) a raw loop that streams the same rows with plain JDBC (same
 *           query, same fetch size) and SHA-256-chains every column's bytes, (b) raw SHA-256 in memory
 *           over the same canonical bytes, chained per event exactly like the trail (previous hash ||
 *           entry), and (c) one SHA-256 over all those bytes at once (the bulk speed of the digest).
 *           The chain is first filled to --events entries: inserted in bulk by SQL (--fill sql, the
 *           default; realistic actors, actions, identifiers and request ids) or through the real
 *           AuditTrail (--fill trail), and then chained by the real ChainSealer in batches of 1000,
 *           with a signed checkpoint every 1000 entries as the production default makes them. The
 *           canonical bytes of the in-memory baselines come from the trail's own Canonical.bytes, and
 *           their chained head must equal the head the sealer stored.
 *
 * Exit status: 0 when everything ran (whatever the figures), 1 when something broke (start-up, a
 * check), 2 on bad usage. It prints figures and ratios; it passes or fails nothing on them.
 */

import com.sun.management.OperatingSystemMXBean;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.MDC;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.TirekApplication;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditAction;
import org.tirek.audit.AuditEntry;
import org.tirek.audit.AuditTrail;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.VerificationReport;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.cases.Note;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.vault.Vault;

public class AuditBench {

    static final String REQUEST_ID = "requestId"; // the MDC key RequestIdFilter sets and JdbcAuditTrail reads
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /** Keeps results alive so that the JIT cannot drop the work. */
    static volatile long sink;

    /** Figures per case name, one entry per measured round. */
    static final Map<String, List<Double>> RESULTS = new LinkedHashMap<>();

    /** Latency samples (ns) per case name, over all measured rounds. */
    static final Map<String, LongList> LATENCIES = new LinkedHashMap<>();

    record Options(
            Path dataDir,
            boolean read,
            boolean verify,
            int[] threads,
            int rounds,
            int warmup,
            int sliceMs,
            int notes,
            int events,
            String fill,
            int verifyRounds,
            int verifyWarmup,
            boolean explain) {}

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: AuditBench --data-dir DIR [--parts read,verify] [--threads 1,4] [--rounds 5]"
                    + " [--warmup 1] [--slice-ms 3000] [--notes 5] [--events 1000000] [--fill sql|trail]"
                    + " [--verify-rounds 3] [--verify-warmup 1] [--explain true]");
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
        List<String> known = List.of("data-dir", "parts", "threads", "rounds", "warmup", "slice-ms", "notes", "events",
                "fill", "verify-rounds", "verify-warmup", "explain");
        for (String k : m.keySet()) if (!known.contains(k)) throw new IllegalArgumentException("unknown option --" + k);
        if (!m.containsKey("data-dir")) throw new IllegalArgumentException("--data-dir is required");
        List<String> parts = List.of(m.getOrDefault("parts", "read,verify").split(","));
        for (String p : parts) if (!List.of("read", "verify").contains(p.trim())) throw new IllegalArgumentException("--parts is read, verify or both");
        int[] threads = Arrays.stream(m.getOrDefault("threads", "1,4").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        for (int t : threads) if (t < 1 || t > 64) throw new IllegalArgumentException("--threads must be 1..64 each");
        String fill = m.getOrDefault("fill", "sql");
        if (!fill.equals("sql") && !fill.equals("trail")) throw new IllegalArgumentException("--fill is sql or trail");
        return new Options(
                Path.of(m.get("data-dir")),
                parts.stream().anyMatch(p -> p.trim().equals("read")),
                parts.stream().anyMatch(p -> p.trim().equals("verify")),
                threads,
                bounded(m, "rounds", 5, 1, 50),
                bounded(m, "warmup", 1, 0, 20),
                bounded(m, "slice-ms", 3000, 100, 60_000),
                bounded(m, "notes", 5, 0, 100),
                bounded(m, "events", 1_000_000, 1000, 5_000_000),
                fill,
                bounded(m, "verify-rounds", 3, 1, 20),
                bounded(m, "verify-warmup", 1, 0, 5),
                Boolean.parseBoolean(m.getOrDefault("explain", "false")));
    }

    static int bounded(Map<String, String> m, String key, int def, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(m.getOrDefault(key, Integer.toString(def)).replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + key + " must be a number");
        }
        if (v < min || v > max) throw new IllegalArgumentException("--" + key + " must be " + min + ".." + max);
        return v;
    }

    // ---- the run ------------------------------------------------------------------------------------

    static void run(Options o) throws Throwable {
        System.out.printf("java %s (%s), %d CPUs, max heap %d MiB%n", System.getProperty("java.vm.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TirekApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                // command-line arguments outrank application.yaml and the environment; the audit settings
                // (seal every 500 ms, a checkpoint every 1000 entries) stay at their production defaults
                .run(
                        "--tirek.database.data-dir=" + o.dataDir(),
                        "--tirek.database.ephemeral=false",
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
            if (vault.status().initialized()) throw new IllegalStateException("expected a fresh data directory, found a vault");
            vault.initWithPassphrase("tirek audit benchmark passphrase");
            Probe pg = new Probe(o.dataDir());
            System.out.println("PostgreSQL CPU time: " + (pg.postmaster > 0
                    ? "read from the postmaster (pid " + pg.postmaster + ") and its children"
                    : "not found (CPU figures are the JVM's only)"));
            Internals in = new Internals(ctx);
            if (o.read()) readBench(o, ctx, in, pg);
            if (o.verify()) verifyBench(o, ctx, in, pg);
        } finally {
            ctx.close();
        }
    }

    /** CPU time of this JVM and of the PostgreSQL processes, to charge both sides of a database call. */
    static final class Probe {
        final long postmaster;

        Probe(Path dataDir) {
            long pm = -1;
            try {
                pm = Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).get(0).trim());
            } catch (Exception ignored) {
                // no postmaster.pid: PostgreSQL's CPU is not counted
            }
            postmaster = pm;
        }

        long jvm() {
            return OS.getProcessCpuTime();
        }

        long pg() {
            if (postmaster < 0) return 0;
            return ProcessHandle.of(postmaster)
                    .map(p -> cpu(p) + p.descendants().mapToLong(Probe::cpu).sum())
                    .orElse(0L);
        }

        static long cpu(ProcessHandle p) {
            return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        }
    }

    /** The audit module's package-private beans and methods the harness drives (read-only use, by reflection). */
    static final class Internals {
        final Object sealer;
        final Method sealAll;
        final Method sealBatch;
        final Object checkpointer;
        final Method checkpointIfDue;
        final String eventColumns;
        final MethodHandle eventRowFrom;
        final MethodHandle canonicalBytes;

        Internals(ConfigurableApplicationContext ctx) throws Exception {
            Class<?> sealerType = Class.forName("org.tirek.audit.internal.ChainSealer");
            sealer = unproxied(ctx.getBean(sealerType));
            sealAll = accessible(sealerType.getDeclaredMethod("sealAll"));
            sealBatch = accessible(sealerType.getDeclaredMethod("sealBatch", int.class));
            Class<?> checkpointerType = Class.forName("org.tirek.audit.internal.Checkpointer");
            checkpointer = unproxied(ctx.getBean(checkpointerType));
            checkpointIfDue = accessible(checkpointerType.getDeclaredMethod("checkpointIfDue"));
            Class<?> row = Class.forName("org.tirek.audit.internal.EventRow");
            Field columns = row.getDeclaredField("COLUMNS");
            columns.setAccessible(true);
            eventColumns = (String) columns.get(null);
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            eventRowFrom = lookup.unreflect(accessible(row.getDeclaredMethod("from", ResultSet.class)));
            Class<?> canonical = Class.forName("org.tirek.audit.internal.Canonical");
            canonicalBytes = lookup.unreflect(accessible(canonical.getDeclaredMethod("bytes", row)));
        }

        int sealAll() throws Exception {
            return (Integer) sealAll.invoke(sealer);
        }

        int sealBatch(int max) throws Exception {
            return (Integer) sealBatch.invoke(sealer, max);
        }

        boolean checkpointIfDue() throws Exception {
            return (Boolean) checkpointIfDue.invoke(checkpointer);
        }

        /** The verifier's query (ChainVerifier), built from the same column list. */
        String chainQuery() {
            return "select c.seq, c.event_id as chained_id, c.hash, " + eventColumns
                    + " from audit_chain c left join audit_event e on e.id = c.event_id order by c.seq";
        }

        static Method accessible(Method m) {
            m.setAccessible(true);
            return m;
        }

        static Object unproxied(Object bean) {
            Object target = AopProxyUtils.getSingletonTarget(bean);
            return target == null ? bean : target;
        }
    }

    // ---- (1) audited read vs the same read without the audit write ------------------------------------

    /** The baseline's AuditTrail: counts what it is handed and writes nothing. */
    static final class NoAudit implements AuditTrail {
        final AtomicLong records = new AtomicLong();

        @Override
        public void record(AuditEntry entry) {
            records.incrementAndGet();
        }

        @Override
        public void recordAlone(AuditEntry entry) {
            records.incrementAndGet();
        }
    }

    /**
     * A second instance of the bean's class, built through its constructor from the bean's own
     * collaborators (read from its fields by type) except the AuditTrail, and proxied with the same
     * advisors as the bean (its @Transactional interceptor). Fails unless exactly one collaborator is
     * replaced and all others are the very same objects.
     */
    static Cases withoutAudit(Cases bean, AuditTrail replacement) throws Exception {
        if (!(bean instanceof Advised advised)) throw new IllegalStateException("Cases is not a Spring proxy: " + bean.getClass());
        Object target = Internals.unproxied(bean);
        Class<?> type = target.getClass();
        Constructor<?>[] ctors = type.getDeclaredConstructors();
        if (ctors.length != 1) throw new IllegalStateException(type + " has " + ctors.length + " constructors");
        Constructor<?> ctor = ctors[0];
        ctor.setAccessible(true);
        Object[] args = new Object[ctor.getParameterCount()];
        int replaced = 0;
        for (int i = 0; i < args.length; i++) {
            Class<?> p = ctor.getParameterTypes()[i];
            if (p == AuditTrail.class) {
                args[i] = replacement;
                replaced++;
                continue;
            }
            Field match = null;
            for (Field f : type.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType() != p) continue;
                if (match != null) throw new IllegalStateException(type + " has two fields of type " + p);
                match = f;
            }
            if (match == null) throw new IllegalStateException(type + " has no field of type " + p);
            match.setAccessible(true);
            args[i] = match.get(target);
        }
        if (replaced != 1) throw new IllegalStateException(type + " takes " + replaced + " AuditTrails");
        Object copy = ctor.newInstance(args);
        int same = 0;
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            if (f.getType() == AuditTrail.class) {
                if (f.get(copy) != replacement) throw new IllegalStateException("the copy kept the real AuditTrail");
            } else if (f.get(copy) != f.get(target)) {
                throw new IllegalStateException("the copy's " + f.getName() + " differs from the bean's");
            } else {
                same++;
            }
        }
        ProxyFactory pf = new ProxyFactory();
        pf.setTarget(copy);
        pf.setInterfaces(advised.getProxiedInterfaces());
        for (Advisor a : advised.getAdvisors()) pf.addAdvisor(a);
        pf.setProxyTargetClass(advised.isProxyTargetClass());
        pf.setExposeProxy(advised.isExposeProxy());
        pf.setPreFiltered(advised.isPreFiltered());
        Cases proxy = (Cases) pf.getProxy(type.getClassLoader());
        List<String> advisors = Arrays.stream(advised.getAdvisors())
                .map(a -> a.getAdvice().getClass().getSimpleName())
                .toList();
        System.out.printf("baseline: a second %s sharing the bean's %d other collaborators, with a counting"
                        + " AuditTrail that writes nothing; proxied like the bean (%s, advisors %s)%n",
                type.getSimpleName(), same, proxy.getClass().getSimpleName().replaceAll("\\$\\$.*", "\\$\\$…"),
                advisors);
        return proxy;
    }

    record Reader(TirekUser who, CaseId id, String summary, List<String> notes, String reason) {

        void read(Cases cases) {
            MDC.put(REQUEST_ID, UUID.randomUUID().toString()); // as RequestIdFilter does for every request
            try {
                sink += cases.details(who, id).notes().size();
            } finally {
                MDC.remove(REQUEST_ID);
            }
        }

        void check(Cases cases, String what) {
            CaseDetails d = cases.details(who, id);
            if (!d.member() || !summary.equals(d.summaryText())) throw new IllegalStateException(what + ": wrong summary");
            List<String> texts = d.notes().stream().map(Note::text).sorted().toList();
            if (!texts.equals(notes.stream().sorted().toList())) throw new IllegalStateException(what + ": wrong notes");
            if (d.history().stream().noneMatch(h -> reason.equals(h.reason()))) {
                throw new IllegalStateException(what + ": the sealed status reason is missing");
            }
        }
    }

    static Reader openCase(ConfigurableApplicationContext ctx, int noteCount) {
        UserAccounts users = ctx.getBean(UserAccounts.class);
        Cases cases = ctx.getBean(Cases.class);
        TirekUser lawyer = account(users, "bench-lawyer", Role.LAWYER);
        TirekUser coordinator = account(users, "bench-coordinator", Role.COORDINATOR);
        StringBuilder summary = new StringBuilder();
        while (summary.length() < 600) summary.append("Detention on return; family at risk; counsel visits refused. ");
        CaseId id = cases.open(lawyer, new NewCase(CaseType.SURVIVOR_SUPPORT, "bench heron", summary.toString(), null, null))
                .id();
        // a second team member, added by a coordinator as the team pages do
        cases.addMember(coordinator, id, account(users, "bench-caseworker", Role.CASEWORKER).getUsername());
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < noteCount; i++) {
            String text = "Note " + i + ": call with counsel about the hearing; documents requested from the registry. "
                    .repeat(4)
                    .strip();
            cases.addNote(lawyer, id, text);
            notes.add(text);
        }
        String reason = "Waiting for the court's decision on the appeal";
        cases.moveTo(lawyer, id, CaseStatus.ACTIVE, "");
        cases.moveTo(lawyer, id, CaseStatus.DORMANT, reason);
        cases.moveTo(lawyer, id, CaseStatus.ACTIVE, "");
        return new Reader(lawyer, id, summary.toString().strip(), notes, reason);
    }

    static TirekUser account(UserAccounts users, String name, Role role) {
        Username username = Username.of(name);
        users.create(username, role, Password.of("bench password " + UUID.randomUUID()), false);
        var account = users.find(username).orElseThrow();
        return new TirekUser(account.id(), username, account.role(), true, false, null);
    }

    static final class LongList {
        long[] a = new long[1024];
        int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void addAll(LongList o) {
            for (int i = 0; i < o.n; i++) add(o.a[i]);
        }

        double percentile(double p) {
            if (n == 0) return Double.NaN;
            long[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            return s[(int) Math.min(n - 1, Math.ceil(p / 100 * n) - 1)];
        }
    }

    /** One closed-loop slice: `threads` workers call read until the deadline; returns requests and latencies. */
    record Slice(long requests, long wallNanos, LongList latencies) {}

    static Slice slice(ExecutorService pool, int threads, long nanos, Runnable read) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong deadline = new AtomicLong();
        List<Future<LongList>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                LongList lat = new LongList();
                ready.countDown();
                go.await();
                long end = deadline.get();
                long now = System.nanoTime();
                while (now < end) {
                    read.run();
                    long after = System.nanoTime();
                    lat.add(after - now);
                    now = after;
                }
                return lat;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        deadline.set(start + nanos);
        go.countDown();
        LongList all = new LongList();
        for (Future<LongList> f : futures) all.addAll(f.get());
        return new Slice(all.n, System.nanoTime() - start, all);
    }

    static void readBench(Options o, ConfigurableApplicationContext ctx, Internals in, Probe pg) throws Exception {
        System.out.println();
        System.out.println("== (1) audited sensitive read vs the same read without the audit write ==");
        Reader reader = openCase(ctx, o.notes());
        Cases audited = ctx.getBean(Cases.class);
        NoAudit noAudit = new NoAudit();
        Cases baseline = withoutAudit(audited, noAudit);
        JdbcTemplate jdbc = new JdbcTemplate(ctx.getBean(DataSource.class));
        String countViews = "select count(*) from audit_event where action = 'cases.view' and actor_name = ?";
        reader.check(audited, "audited read");
        reader.check(baseline, "baseline read");
        if (noAudit.records.get() != 1) throw new IllegalStateException("the baseline did not reach its AuditTrail once per read");
        if (jdbc.queryForObject(countViews, Long.class, reader.who().getUsername()) != 1) {
            throw new IllegalStateException("the audited read did not record exactly one cases.view");
        }
        System.out.printf("the read: Cases.details as a team member (%s) of a case with a %d-char summary, %d notes"
                        + " and a status history with a sealed reason: 7 queries and %d sealed fields opened per read%n",
                reader.who().getUsername(), reader.summary().length(), o.notes(), 2 + o.notes());

        int maxThreads = Arrays.stream(o.threads()).max().orElse(1);
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
        long auditedReads = 1;
        long baselineReads = 1;
        long sliceNanos = o.sliceMs() * 1_000_000L;
        System.out.printf(Locale.ROOT,
                "%d warm-up + %d measured rounds; per round and thread count (%s) one %d ms slice of each path,"
                        + " alternating which goes first; the sealer's backlog is drained after each audited slice%n",
                o.warmup(), o.rounds(), Arrays.toString(o.threads()), o.sliceMs());
        try {
            for (int r = 0; r < o.warmup() + o.rounds(); r++) {
                boolean measured = r >= o.warmup();
                StringBuilder line = new StringBuilder();
                for (int ti = 0; ti < o.threads().length; ti++) {
                    int threads = o.threads()[(ti + r) % o.threads().length];
                    String k = "read c" + threads;
                    boolean auditedFirst = (r + ti) % 2 == 0;
                    double[] tput = new double[2];
                    for (int step = 0; step < 2; step++) {
                        boolean isAudited = (step == 0) == auditedFirst;
                        Cases svc = isAudited ? audited : baseline;
                        long jvm0 = pg.jvm();
                        long pg0 = pg.pg();
                        Slice s = slice(pool, threads, sliceNanos, () -> reader.read(svc));
                        long drain = 0;
                        int drained = 0;
                        if (isAudited) {
                            long d0 = System.nanoTime();
                            drained = in.sealAll();
                            drain = System.nanoTime() - d0;
                            auditedReads += s.requests();
                        } else {
                            baselineReads += s.requests();
                        }
                        long cpu = pg.jvm() - jvm0 + pg.pg() - pg0;
                        String mode = isAudited ? "audited" : "baseline";
                        double rate = s.requests() * 1e9 / (s.wallNanos() + drain);
                        tput[isAudited ? 0 : 1] = rate;
                        keep(k + " " + mode, measured, rate);
                        keep(k + " " + mode + " cpu us", measured, cpu / 1e3 / s.requests());
                        if (isAudited) {
                            keep(k + " audited requests only", measured, s.requests() * 1e9 / s.wallNanos());
                            keep(k + " drain ms", measured, drain / 1e6);
                            keep(k + " drained", measured, drained);
                        }
                        if (measured) LATENCIES.computeIfAbsent(k + " " + mode, x -> new LongList()).addAll(s.latencies());
                    }
                    line.append(String.format(Locale.ROOT, " %d thread%s: %.0f vs %.0f req/s (%.3f);", threads,
                            threads == 1 ? "" : "s", tput[0], tput[1], tput[0] / tput[1]));
                }
                System.out.printf("%s %d:%s%n", measured ? "round" : "warm-up", measured ? r - o.warmup() + 1 : r + 1, line);
            }
        } finally {
            pool.shutdownNow();
        }
        // every audited read left exactly one entry, and every baseline read handed exactly one to its counter
        in.sealAll();
        long views = jdbc.queryForObject(countViews, Long.class, reader.who().getUsername());
        if (views != auditedReads) throw new IllegalStateException(auditedReads + " audited reads but " + views + " cases.view entries");
        if (noAudit.records.get() != baselineReads) throw new IllegalStateException("baseline records " + noAudit.records.get() + " for " + baselineReads + " reads");
        Long waiting = jdbc.queryForObject("select count(*) from audit_pending", Long.class);
        System.out.printf("checked: %d audited reads left %d cases.view entries (all chained, %d waiting);"
                        + " %d baseline reads handed %d entries to the counter and wrote none%n",
                auditedReads, views, waiting, baselineReads, noAudit.records.get());
        reportRead(o);
    }

    static void reportRead(Options o) {
        System.out.println();
        System.out.printf("== (1) results: %d rounds × %d ms per path and thread count ==%n", o.rounds(), o.sliceMs());
        System.out.println("req/s are medians over the rounds; the audited figure charges the drain of the sealer's backlog"
                + " after the slice to the audited path; ratios are medians of the per-round ratios (min-max)."
                + " Goal: audited/baseline >= 0.7");
        System.out.printf("%-8s %10s %10s %10s %22s %22s %9s %9s %22s %-10s%n", "threads", "audited", "(req only)",
                "baseline", "audited/baseline", "(requests only)", "CPU us a", "CPU us b", "CPU/req b/a", "goal");
        for (int t : o.threads()) {
            String k = "read c" + t;
            List<Double> ratio = perRound(k + " audited", k + " baseline");
            System.out.printf(Locale.ROOT, "%-8d %10.0f %10.0f %10.0f %22s %22s %9.0f %9.0f %22s %-10s%n", t,
                    median(RESULTS.get(k + " audited")), median(RESULTS.get(k + " audited requests only")),
                    median(RESULTS.get(k + " baseline")), ratioText(ratio),
                    ratioText(perRound(k + " audited requests only", k + " baseline")),
                    median(RESULTS.get(k + " audited cpu us")), median(RESULTS.get(k + " baseline cpu us")),
                    ratioText(perRound(k + " baseline cpu us", k + " audited cpu us")), verdict(ratio, 0.7));
        }
        System.out.println("latency per read, ms (all measured slices):");
        System.out.printf("%-8s %-9s %9s %8s %8s %8s %8s%n", "threads", "path", "reads", "p50", "p90", "p99", "max");
        for (int t : o.threads()) {
            for (String mode : List.of("audited", "baseline")) {
                LongList l = LATENCIES.get("read c" + t + " " + mode);
                System.out.printf(Locale.ROOT, "%-8d %-9s %9d %8.2f %8.2f %8.2f %8.2f%n", t, mode, l.n,
                        l.percentile(50) / 1e6, l.percentile(90) / 1e6, l.percentile(99) / 1e6, l.percentile(100) / 1e6);
            }
        }
        for (int t : o.threads()) {
            String k = "read c" + t;
            System.out.printf(Locale.ROOT, "per-round audited/baseline, %d thread%s: %s | sealer drain after the slice: %s ms"
                            + " for %s entries%n", t, t == 1 ? "" : "s",
                    list(perRound(k + " audited", k + " baseline")), list(RESULTS.get(k + " drain ms")),
                    list(RESULTS.get(k + " drained")));
        }
        System.out.println("CPU us = CPU time of the JVM and of all PostgreSQL processes per read (a = audited incl. sealing,"
                + " b = baseline); b/a is what the ratio would be if the machine's CPU were the only limit");
        for (int t : o.threads()) {
            String k = "read c" + t;
            System.out.printf(Locale.ROOT, "RESULT read threads %d audited/baseline %.3f%n", t,
                    median(perRound(k + " audited", k + " baseline")));
        }
    }

    // ---- (2) verification of the whole chain vs raw SHA-256 ------------------------------------------

    /** Bulk fill: realistic rows (users, actions, kinds, case and subject ids, request ids), ids in order. */
    static final String FILL_SQL = """
            with acts(i, action, kind, subject_type) as (values
                (0, 'cases.view', 'READ', 'case'), (1, 'cases.notes', 'READ', 'case'),
                (2, 'evidence.view', 'READ', 'evidence_file'), (3, 'evidence.download', 'READ', 'evidence_file'),
                (4, 'cases.timeline', 'READ', 'case'), (5, 'cases.note_add', 'WRITE', 'case_note'),
                (6, 'evidence.upload', 'WRITE', 'evidence_file'), (7, 'identity.sign_in', 'SECURITY', 'user'),
                (8, 'proceedings.view', 'READ', 'proceeding'), (9, 'cases.change', 'WRITE', 'case')),
            src as (
                select g, a.action, a.kind, a.subject_type,
                       md5('user' || (g % 40))::uuid as user_id,
                       (array['lawyer', 'caseworker', 'coordinator', 'admin'])[1 + g % 4] || '-'
                           || substr(md5('name' || (g % 40)), 1, 8) as user_name,
                       md5('case' || ((g * 7919) % 1500))::uuid as case_id
                  from generate_series(?::bigint, ?::bigint) g
                  join acts a on a.i = g % 10),
            e as (
                insert into audit_event (recorded_at, actor_kind, actor_id, actor_name, action, kind,
                                         subject_type, subject_id, case_id, request_id, outcome)
                select timestamptz '2026-01-05 08:00:00+00' + g * interval '2 milliseconds' + (g % 997) * interval '1 microsecond',
                       case when g % 200 = 199 then 'SYSTEM' else 'USER' end,
                       case when g % 200 = 199 then null else user_id end,
                       case when g % 200 = 199 then 'scheduler' else user_name end,
                       case when g % 200 = 199 then 'audit.verify' else action end,
                       case when g % 200 = 199 then 'SECURITY' else kind end,
                       case when g % 200 = 199 then null else subject_type end,
                       case when g % 200 = 199 then null
                            when subject_type = 'case' then case_id::text
                            when subject_type = 'user' then user_id::text
                            else md5('subject' || g)::uuid::text end,
                       case when g % 200 = 199 or subject_type = 'user' then null else case_id end,
                       case when g % 200 = 199 then null else md5('request' || g)::uuid::text end,
                       case when g % 50 = 49 then 'DENIED' else 'SUCCESS' end
                  from src order by g
                returning id)
            insert into audit_pending (event_id) select id from e
            """;

    static void fill(Options o, ConfigurableApplicationContext ctx, Internals in, JdbcTemplate jdbc) throws Exception {
        long have = jdbc.queryForObject("select count(*) from audit_event", Long.class);
        long need = o.events() - have;
        System.out.printf("filling the trail to %d entries: %d there, %d to add (%s), chained by ChainSealer in batches of"
                + " 1000 with Checkpointer.checkpointIfDue after each%n", o.events(), have, Math.max(need, 0),
                o.fill().equals("sql") ? "bulk SQL insert into audit_event and audit_pending" : "AuditTrail.record, 1000 per transaction");
        if (need <= 0) return;
        long insertNanos = 0;
        long sealNanos = 0;
        int chunk = 50_000;
        TransactionTemplate tx = ctx.getBean(TransactionTemplate.class);
        AuditTrail trail = ctx.getBean(AuditTrail.class);
        String headSql = "select coalesce(max(seq), 0) from audit_chain";
        long head0 = jdbc.queryForObject(headSql, Long.class);
        long lastPrint = System.nanoTime();
        for (long from = 0; from < need; from += chunk) {
            long to = Math.min(need, from + chunk) - 1;
            long i0 = System.nanoTime();
            if (o.fill().equals("sql")) {
                final long a = from;
                tx.executeWithoutResult(s -> jdbc.update(FILL_SQL, a, to));
            } else {
                for (long b = from; b <= to; b += 1000) {
                    final long first = b;
                    final long last = Math.min(to, b + 999);
                    tx.executeWithoutResult(s -> {
                        for (long g = first; g <= last; g++) trail.record(trailEntry(g));
                    });
                }
                MDC.remove(REQUEST_ID);
            }
            long s0 = System.nanoTime();
            insertNanos += s0 - i0;
            // the real sealer, in batches of 1000 followed by a checkpoint when one is due (as the scheduled
            // sealer does under steady load); the scheduled sealer keeps running and takes batches too
            while (in.sealBatch(1000) > 0) in.checkpointIfDue();
            sealNanos += System.nanoTime() - s0;
            if (System.nanoTime() - lastPrint > 15_000_000_000L || to == need - 1) {
                System.out.printf(Locale.ROOT, "  %d added and chained; insert %.1f s, sealing what was left %.1f s so far%n",
                        to + 1, insertNanos / 1e9, sealNanos / 1e9);
                lastPrint = System.nanoTime();
            }
        }
        in.sealAll();
        long chained = jdbc.queryForObject(headSql, Long.class) - head0;
        System.out.printf(Locale.ROOT, "filled: %d entries inserted at %.0f entries/s; %d chained (by the harness and the"
                        + " scheduled sealer: ChainSealer with checkpoints) in %.1f s of inserting and %.1f s of sealing what"
                        + " was left, %.0f entries/s over both%n",
                need, need * 1e9 / insertNanos, chained, insertNanos / 1e9, sealNanos / 1e9,
                chained * 1e9 / (insertNanos + sealNanos));
    }

    static AuditEntry trailEntry(long g) {
        UUID user = UUID.nameUUIDFromBytes(("user" + g % 40).getBytes());
        UUID kase = UUID.nameUUIDFromBytes(("case" + (g * 7919) % 1500).getBytes());
        MDC.put(REQUEST_ID, UUID.randomUUID().toString());
        AuditAction action = switch ((int) (g % 3)) {
            case 0 -> AuditAction.read("cases.view");
            case 1 -> AuditAction.read("evidence.download");
            default -> AuditAction.write("cases.note_add");
        };
        return AuditEntry.of(Actor.user(user, "lawyer-" + Long.toHexString(g % 40)), action)
                .about("case", kase)
                .inCase(kase);
    }

    /** The canonical bytes of every chained entry, in chain order, from the trail's own Canonical.bytes. */
    record Canon(byte[] bytes, int[] offsets, int events, byte[] head) {
        long total() {
            return offsets[events];
        }
    }

    static Canon canon(DataSource ds, Internals in) throws Throwable {
        byte[] buf = new byte[1 << 20];
        int[] offs = new int[1 << 16];
        int n = 0;
        int pos = 0;
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        byte[] prev = new byte[32];
        byte[] head = prev;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery(in.chainQuery())) {
                    while (rs.next()) {
                        byte[] e = (byte[]) in.canonicalBytes.invoke(in.eventRowFrom.invoke(rs));
                        if (n + 1 >= offs.length) offs = Arrays.copyOf(offs, offs.length * 2);
                        if (pos + e.length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + e.length));
                        System.arraycopy(e, 0, buf, pos, e.length);
                        offs[n++] = pos;
                        pos += e.length;
                        d.update(prev);
                        d.update(e);
                        prev = d.digest();
                        head = rs.getBytes("hash");
                        if (!MessageDigest.isEqual(prev, head)) throw new IllegalStateException("the canonical bytes of position " + n + " do not give the stored hash");
                    }
                }
            }
            c.commit();
        }
        offs[n] = pos;
        return new Canon(buf, offs, n, head);
    }

    /** Raw SHA-256 in memory, chained per event as the trail chains: SHA-256(previous || entry). */
    static byte[] memChain(Canon c) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        byte[] prev = new byte[32];
        byte[] buf = c.bytes();
        int[] offs = c.offsets();
        for (int i = 0; i < c.events(); i++) {
            d.update(prev);
            d.update(buf, offs[i], offs[i + 1] - offs[i]);
            prev = d.digest();
        }
        return prev;
    }

    /** One SHA-256 over all the canonical bytes (no chaining): the digest's bulk speed. */
    static byte[] memBulk(Canon c) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        d.update(c.bytes(), 0, (int) c.total());
        return d.digest();
    }

    /** The same rows as the verifier reads (same query, fetch size, transaction), every column's bytes chained. */
    static long rawRead(DataSource ds, Internals in) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        byte[] prev = new byte[32];
        long rows = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery(in.chainQuery())) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        d.update(prev);
                        for (int i = 1; i <= columns; i++) {
                            byte[] b = rs.getBytes(i);
                            if (b != null) d.update(b);
                        }
                        prev = d.digest();
                        rows++;
                    }
                }
            }
            c.commit();
        }
        sink += prev[0];
        return rows;
    }

    interface Pass {
        long run() throws Exception; // returns the entries it covered
    }

    /** Runs pass (repeated until at least minNanos) and keeps entries/s by wall time, thread CPU and PostgreSQL CPU. */
    static void timed(String name, boolean measured, long minNanos, Probe pg, Pass pass) throws Exception {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long jvm0 = pg.jvm();
        long pg0 = pg.pg();
        long t0 = System.nanoTime();
        long events = 0;
        long wall;
        do {
            events += pass.run();
            wall = System.nanoTime() - t0;
        } while (wall < minNanos);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
        keep(name, measured, events * 1e9 / wall);
        keep(name + " thread cpu", measured, events * 1e9 / Math.max(cpu, 1));
        keep(name + " jvm cpu s", measured, (pg.jvm() - jvm0) / 1e9);
        keep(name + " pg cpu s", measured, (pg.pg() - pg0) / 1e9);
        keep(name + " wall s", measured, wall / 1e9);
    }

    static void verifyBench(Options o, ConfigurableApplicationContext ctx, Internals in, Probe pg) throws Throwable {
        System.out.println();
        System.out.println("== (2) verification of the whole chain vs raw SHA-256 over the same bytes ==");
        DataSource ds = ctx.getBean(DataSource.class);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        long f0 = System.nanoTime();
        fill(o, ctx, in, jdbc);
        System.out.printf(Locale.ROOT, "fill and sealing took %.1f s%n", (System.nanoTime() - f0) / 1e9);
        AuditVerification verification = ctx.getBean(AuditVerification.class);
        Actor bench = Actor.system("bench");

        long c0 = System.nanoTime();
        Canon canon = canon(ds, in);
        byte[] expected = memChain(canon);
        if (!MessageDigest.isEqual(expected, canon.head())) throw new IllegalStateException("in-memory chain head differs");
        double avg = canon.total() / (double) canon.events();
        System.out.printf(Locale.ROOT, "canonical bytes of %d entries read through Canonical.bytes in %.1f s: %.1f MB in all,"
                        + " %.1f bytes per entry (SHA-256 hashes 32 more per entry: the previous hash); the in-memory"
                        + " chain reproduces the stored head %s%n",
                canon.events(), (System.nanoTime() - c0) / 1e9, canon.total() / 1e6, avg,
                HexFormat.of().formatHex(expected).substring(0, 16) + "…");
        if (o.explain()) explain(ds, in);
        VerificationReport first = verification.verify(bench, null);
        if (!first.ok()) throw new IllegalStateException("the chain does not verify: " + first.problem());
        System.out.printf("AuditVerification.verify: ok, %d entries, %d signed checkpoints, head %s…%n", first.events(),
                first.checkpoints(), first.headHash().substring(0, 16));

        long minMem = 300_000_000L; // repeat the in-memory passes to at least 0.3 s, for small --events
        Map<String, Pass> passes = new LinkedHashMap<>();
        passes.put("verify api", () -> {
            VerificationReport r = verification.verify(bench, null);
            if (!r.ok()) throw new IllegalStateException("verification failed: " + r.problem());
            return r.events();
        });
        passes.put("raw read+sha", () -> rawRead(ds, in));
        passes.put("mem chain sha", () -> {
            if (!MessageDigest.isEqual(memChain(canon), expected)) throw new IllegalStateException("in-memory chain changed");
            return canon.events();
        });
        passes.put("mem bulk sha", () -> {
            sink += memBulk(canon)[0];
            return canon.events();
        });
        List<String> names = new ArrayList<>(passes.keySet());
        System.out.printf("%d warm-up + %d measured rounds; each round runs every case once over the whole chain, in an"
                + " order that rotates (in-memory cases repeated to at least 0.3 s)%n", o.verifyWarmup(), o.verifyRounds());
        for (int r = 0; r < o.verifyWarmup() + o.verifyRounds(); r++) {
            boolean measured = r >= o.verifyWarmup();
            long r0 = System.nanoTime();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get((i + r) % names.size());
                timed(name, measured, name.startsWith("mem") ? minMem : 0, pg, passes.get(name));
            }
            String progress = "";
            if (measured) {
                progress = String.format(Locale.ROOT, ": verify %.0f entries/s, /mem chain %.3f, /raw read %.3f",
                        last("verify api"), last("verify api") / last("mem chain sha"), last("verify api") / last("raw read+sha"));
            }
            System.out.printf(Locale.ROOT, "%s %d done in %.1f s%s%n", measured ? "round" : "warm-up",
                    measured ? r - o.verifyWarmup() + 1 : r + 1, (System.nanoTime() - r0) / 1e9, progress);
        }
        reportVerify(o, avg);
    }

    /** EXPLAIN ANALYZE of the verifier's walk (as a cursor, as it runs) and of its check for entries taken out of the queue. */
    static void explain(DataSource ds, Internals in) throws Exception {
        String lost = """
                select e.id from audit_event e
                 where not exists (select 1 from audit_chain c where c.event_id = e.id)
                   and not exists (select 1 from audit_pending p where p.event_id = e.id)
                 order by e.id limit 1
                """;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : List.of(in.chainQuery(), lost)) {
                    System.out.println("EXPLAIN (ANALYZE, BUFFERS) " + sql.strip().replaceAll("\\s+", " "));
                    try (ResultSet rs = st.executeQuery("explain (analyze, buffers) " + sql)) {
                        while (rs.next()) System.out.println("  " + rs.getString(1));
                    }
                }
            }
            c.rollback();
        }
    }

    static double last(String k) {
        List<Double> v = RESULTS.get(k);
        return v.get(v.size() - 1);
    }

    static void reportVerify(Options o, double avgBytes) {
        System.out.println();
        System.out.printf("== (2) results: %d rounds over the whole chain ==%n", o.verifyRounds());
        System.out.printf(Locale.ROOT, "entries/s are medians over the rounds; MB/s = entries/s × %.1f canonical bytes per entry;"
                + " ratios are medians of the per-round ratios (min-max). Goal: verify / raw SHA-256 >= 0.5%n", avgBytes);
        System.out.printf("%-30s %12s %9s %14s %12s %12s %10s%n", "case", "entries/s", "MB/s", "entries/s CPU", "JVM CPU s",
                "PG CPU s", "wall s");
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("verify api", "AuditVerification.verify");
        labels.put("raw read+sha", "raw JDBC read + SHA-256 chain");
        labels.put("mem chain sha", "raw SHA-256 chain, in memory");
        labels.put("mem bulk sha", "raw SHA-256 bulk, in memory");
        for (var e : labels.entrySet()) {
            String k = e.getKey();
            double rate = median(RESULTS.get(k));
            System.out.printf(Locale.ROOT, "%-30s %12.0f %9.1f %14.0f %12.2f %12.2f %10.2f%n", e.getValue(), rate,
                    rate * avgBytes / 1e6, median(RESULTS.get(k + " thread cpu")), median(RESULTS.get(k + " jvm cpu s")),
                    median(RESULTS.get(k + " pg cpu s")), median(RESULTS.get(k + " wall s")));
        }
        System.out.println("(entries/s CPU = by the measuring thread's CPU time; JVM and PG CPU s = CPU time of the whole JVM and"
                + " of all PostgreSQL processes during the pass)");
        List<Double> vsMem = perRound("verify api", "mem chain sha");
        List<Double> vsRaw = perRound("verify api", "raw read+sha");
        System.out.printf("verify / raw SHA-256 chain in memory:   %s %s%n", ratioText(vsMem), verdict(vsMem, 0.5));
        System.out.printf("verify / raw JDBC read + SHA-256 chain: %s%n", ratioText(vsRaw));
        System.out.printf("verify / raw SHA-256 bulk in memory:    %s%n", ratioText(perRound("verify api", "mem bulk sha")));
        System.out.printf("raw read + SHA-256 / SHA-256 in memory: %s%n", ratioText(perRound("raw read+sha", "mem chain sha")));
        System.out.printf("by the measuring thread's CPU time: verify / memory chain %s, verify / raw read %s%n",
                ratioText(perRound("verify api thread cpu", "mem chain sha thread cpu")),
                ratioText(perRound("verify api thread cpu", "raw read+sha thread cpu")));
        System.out.printf(Locale.ROOT, "per-round entries/s: verify %s | raw read %s | memory chain %s%n",
                list(RESULTS.get("verify api")), list(RESULTS.get("raw read+sha")), list(RESULTS.get("mem chain sha")));
        System.out.printf(Locale.ROOT, "RESULT verify entries/s %.0f MB/s %.1f%n", median(RESULTS.get("verify api")),
                median(RESULTS.get("verify api")) * avgBytes / 1e6);
        System.out.printf(Locale.ROOT, "RESULT verify/memory-sha256 %.3f%n", median(vsMem));
        System.out.printf(Locale.ROOT, "RESULT verify/raw-read-sha256 %.3f%n", median(vsRaw));
    }

    // ---- figures ------------------------------------------------------------------------------------

    static void keep(String name, boolean measured, double value) {
        if (measured) RESULTS.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }

    static double median(List<Double> v) {
        if (v == null || v.isEmpty()) return Double.NaN;
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
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

    static String list(List<Double> v) {
        if (v == null) return "-";
        StringBuilder b = new StringBuilder();
        for (double d : v) b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.3f", d));
        return b.toString();
    }
}
