/*
 * Tirek case management benchmark (issue 5): a single-file Java program, compiled and run by
 * bench/cases.sh against the classes and libraries of target/tirek.jar (extracted with -Djarmode=tools).
 *
 * It starts Tirek's Spring context without a web server (WebApplicationType.NONE) on a fresh embedded
 * PostgreSQL in --data-dir (fsync and synchronous commit on, as Tirek runs it), initialises the vault,
 * creates a caseworker and a lawyer, and fills the database with --cases synthetic cases through the
 * real generator (org.tirek.demo.SyntheticData, what `demo generate --cases N --team ...` runs) with
 * those two accounts as the only team members: the caseworker is then on about 85% of the cases (every
 * survivor-support case, half of the defender cases). Then, in this one JVM, it measures three paths
 * against a raw-JDBC baseline running the same SQL on the same connection pool:
 *
 *   list-first     Cases.list(caseworker, CaseQuery.firstPage()): the 50 newest of the caseworker's cases
 *                  and their count (2 queries, a read-only transaction, no audit entry: the list path
 *                  records no read).
 *   list-filtered  Cases.list(caseworker, type + status + region, sorted by priority): 2 queries likewise.
 *   details        Cases.details(caseworker, id) on a random case of the caseworker's: the case, the
 *                  membership check, the sealed summary, the status history, the team, the notes, the
 *                  case's data key from the vault's key table when its 2 s cache entry is stale, and one
 *                  audit_event + audit_pending insert, in one read-write transaction; the summary and
 *                  every note are opened by the vault (AES-GCM under the case's data key).
 *
 * The baseline of each path runs the very same statements (copied from CaseFiles, CaseNotes, KeyStore
 * and JdbcAuditTrail) with plain JDBC on a connection of the same DataSource, in the same kind of
 * transaction, reading every column, and for details inserts the same audit row; it decrypts nothing
 * and checks no rule. Before measuring, the harness records the SQL each real path sends (Spring's
 * JdbcTemplate debug log, captured in memory) and fails unless it is the baseline's SQL, statement for
 * statement. Closed loops of --threads workers (e.g. 1 and 4) alternate between the real path and its
 * baseline in --slice-ms slices, in interleaved rounds; the audit sealer's backlog is drained after every
 * details slice (of either side: both write the same entries) and that time is counted for neither.
 *
 * Exit status: 0 when everything ran (whatever the figures), 1 when something broke, 2 on bad usage.
 */

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tirek.TirekApplication;
import org.tirek.cases.CaseDetails;
import org.tirek.cases.CaseId;
import org.tirek.cases.CasePage;
import org.tirek.cases.CaseQuery;
import org.tirek.cases.CaseStatus;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.demo.SyntheticData;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.platform.Region;
import org.tirek.vault.Vault;

public class CaseBench {

    static final String REQUEST_ID = "requestId"; // the MDC key RequestIdFilter sets and JdbcAuditTrail reads
    static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    static volatile long sink;

    static final Map<String, List<Double>> RESULTS = new LinkedHashMap<>();
    static final Map<String, LongList> LATENCIES = new LinkedHashMap<>();

    record Options(
            Path dataDir,
            int cases,
            int genMaxS,
            long seed,
            List<String> paths,
            int[] threads,
            int rounds,
            int warmup,
            int sliceMs,
            boolean explain) {}

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("usage: CaseBench --data-dir DIR [--cases 100000] [--gen-max-s 600] [--seed 1]"
                    + " [--paths list-first,list-filtered,details] [--threads 1,4] [--rounds 3] [--warmup 1]"
                    + " [--slice-ms 2000] [--explain true]");
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

    static final List<String> ALL_PATHS = List.of("list-first", "list-filtered", "details");

    static Options parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("bad argument " + args[i]);
            m.put(args[i].substring(2), args[++i]);
        }
        List<String> known = List.of("data-dir", "cases", "gen-max-s", "seed", "paths", "threads", "rounds", "warmup",
                "slice-ms", "explain");
        for (String k : m.keySet()) if (!known.contains(k)) throw new IllegalArgumentException("unknown option --" + k);
        if (!m.containsKey("data-dir")) throw new IllegalArgumentException("--data-dir is required");
        List<String> paths = Arrays.stream(m.getOrDefault("paths", String.join(",", ALL_PATHS)).split(","))
                .map(String::trim)
                .toList();
        for (String p : paths) if (!ALL_PATHS.contains(p)) throw new IllegalArgumentException("--paths takes " + ALL_PATHS);
        int[] threads = Arrays.stream(m.getOrDefault("threads", "1,4").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        for (int t : threads) if (t < 1 || t > 64) throw new IllegalArgumentException("--threads must be 1..64 each");
        return new Options(
                Path.of(m.get("data-dir")),
                bounded(m, "cases", 100_000, 100, 10_000_000),
                bounded(m, "gen-max-s", 600, 10, 36_000),
                Long.parseLong(m.getOrDefault("seed", "1")),
                paths,
                threads,
                bounded(m, "rounds", 3, 1, 50),
                bounded(m, "warmup", 1, 0, 20),
                bounded(m, "slice-ms", 2000, 100, 60_000),
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
            vault.initWithPassphrase("tirek case benchmark passphrase");
            Probe pg = new Probe(o.dataDir());
            UserAccounts users = ctx.getBean(UserAccounts.class);
            TirekUser caseworker = account(users, "bench-caseworker", Role.CASEWORKER);
            TirekUser lawyer = account(users, "bench-lawyer", Role.LAWYER);
            DataSource ds = ctx.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(ds);
            Sealer sealer = new Sealer(ctx);

            generate(o, ctx, jdbc, sealer, caseworker, lawyer);
            List<UUID> mine = jdbc.queryForList("select case_id from case_member where user_id = ?", UUID.class,
                    caseworker.id());
            UUID[] ids = mine.toArray(UUID[]::new);
            long total = jdbc.queryForObject("select count(*) from case_file", Long.class);
            System.out.printf("the reader: %s (caseworker) is on %d of the %d cases; the lawyer on %d%n",
                    caseworker.getUsername(), ids.length, total,
                    jdbc.queryForObject("select count(*) from case_member where user_id = ?", Long.class, lawyer.id()));

            Cases cases = ctx.getBean(Cases.class);
            Map<String, Path2> paths = new LinkedHashMap<>();
            CaseQuery first = CaseQuery.firstPage();
            CaseQuery filtered = new CaseQuery(CaseType.SURVIVOR_SUPPORT, CaseStatus.ACTIVE, Region.of("KZ-75"), null,
                    null, false, true, CaseQuery.Sort.PRIORITY, 0, 50, null);
            paths.put("list-first", listPath(cases, ds, caseworker, first, Raw.listFirst(caseworker.id())));
            paths.put("list-filtered", listPath(cases, ds, caseworker, filtered,
                    Raw.listFiltered(caseworker.id(), "SURVIVOR_SUPPORT", "ACTIVE", "KZ-75")));
            paths.put("details", detailsPath(cases, ds, caseworker, ids));
            paths.keySet().retainAll(o.paths());

            System.out.println();
            System.out.println("== the SQL each real path sends (Spring's JdbcTemplate debug log) against the baseline's ==");
            for (var e : paths.entrySet()) checkSameSql(e.getKey(), e.getValue());
            sealer.sealAll();
            if (o.explain()) explain(ds, caseworker.id(), ids[0]);
            measure(o, paths, sealer, pg);
            report(o, paths.keySet());
        } finally {
            ctx.close();
        }
    }

    static TirekUser account(UserAccounts users, String name, Role role) {
        Username username = Username.of(name);
        users.create(username, role, Password.of("bench password " + UUID.randomUUID()), false);
        var account = users.find(username).orElseThrow();
        return new TirekUser(account.id(), username, account.role(), true, false, null);
    }

    // ---- generation ---------------------------------------------------------------------------------

    static final class TimeUp extends RuntimeException {
        TimeUp() {
            super("time cap reached", null, false, false);
        }
    }

    static void generate(Options o, ConfigurableApplicationContext ctx, JdbcTemplate jdbc, Sealer sealer,
            TirekUser caseworker, TirekUser lawyer) throws Exception {
        System.out.println();
        System.out.printf("== generating %d synthetic cases with SyntheticData.generate (seed %d, team %s + %s, batches"
                        + " of 250 cases per transaction; stopped after %d s if not done) ==%n", o.cases(), o.seed(),
                caseworker.getUsername(), lawyer.getUsername(), o.genMaxS());
        SyntheticData generator = ctx.getBean(SyntheticData.class);
        long start = System.nanoTime();
        long deadline = start + o.genMaxS() * 1_000_000_000L;
        long[] lastPrint = {start};
        int[] done = {0};
        String commitsSql = "select xact_commit from pg_stat_database where datname = current_database()";
        long commits0 = jdbc.queryForObject(commitsSql, Long.class);
        boolean capped = false;
        try {
            generator.generate(o.cases(), o.seed(),
                    List.of(Username.of(caseworker.getUsername()), Username.of(lawyer.getUsername())),
                    (d, t) -> {
                        done[0] = d;
                        long now = System.nanoTime();
                        if (now - lastPrint[0] > 15_000_000_000L || d == t) {
                            System.out.printf(Locale.ROOT, "  %d/%d cases in %.0f s: %.0f cases/s%n", d, t,
                                    (now - start) / 1e9, d * 1e9 / (now - start));
                            lastPrint[0] = now;
                        }
                        if (now > deadline && d < t) throw new TimeUp();
                    });
        } catch (TimeUp e) {
            capped = true;
        }
        long took = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "generated %d cases in %.1f s: %.0f cases/s%s%n", done[0], took / 1e9,
                done[0] * 1e9 / took, capped ? " (STOPPED at the time cap of " + o.genMaxS() + " s, before " + o.cases() + ")" : "");
        Thread.sleep(600); // the statistics collector's view lags a little
        long commits = jdbc.queryForObject(commitsSql, Long.class) - commits0;
        System.out.printf(Locale.ROOT, "committed transactions during generation (pg_stat_database.xact_commit, all"
                + " sessions): %d, %.2f per case%n", commits, commits / (double) Math.max(1, done[0]));
        keep("generate cases", true, done[0]);
        keep("generate cases/s", true, done[0] * 1e9 / took);
        Map<String, Object> rows = jdbc.queryForMap("""
                select (select count(*) from case_file) as cases, (select count(*) from case_member) as members,
                       (select count(*) from case_note) as notes, (select count(*) from case_status_change) as changes,
                       (select count(*) from case_task) as tasks, (select count(*) from vault_data_key) as data_keys,
                       pg_size_pretty(pg_database_size(current_database())) as db_size
                """);
        System.out.println("rows: " + rows);
        long s0 = System.nanoTime();
        int sealed = sealer.sealAll();
        long a0 = System.nanoTime();
        jdbc.execute("analyze");
        System.out.printf(Locale.ROOT, "sealed %d waiting audit entries in %.1f s; ANALYZE (what autovacuum would do"
                + " after such a load) took %.1f s%n", sealed, (a0 - s0) / 1e9, (System.nanoTime() - a0) / 1e9);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after generation and a full GC: %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    // ---- the paths ----------------------------------------------------------------------------------

    /** A real path and its raw baseline, each one request. */
    record Path2(Runnable real, Runnable raw, List<String> rawSql, boolean writes) {}

    static Path2 listPath(Cases cases, DataSource ds, TirekUser who, CaseQuery q, Raw.ListSql sql) {
        Runnable real = () -> {
            MDC.put(REQUEST_ID, UUID.randomUUID().toString());
            try {
                CasePage page = cases.list(who, q);
                sink += page.total() + page.cases().size();
            } finally {
                MDC.remove(REQUEST_ID);
            }
        };
        Runnable raw = () -> {
            MDC.put(REQUEST_ID, UUID.randomUUID().toString());
            try {
                sink += Raw.list(ds, sql);
            } finally {
                MDC.remove(REQUEST_ID);
            }
        };
        // sanity: the same rows
        CasePage page = cases.list(who, q);
        List<UUID> rawIds = Raw.listIds(ds, sql);
        List<UUID> realIds = page.cases().stream().map(c -> c.id().value()).toList();
        if (!rawIds.equals(realIds)) throw new IllegalStateException("the baseline's page differs from the real one");
        System.out.printf("list %s: %d cases on the page, %d in all%n", q.type() == null ? "first page" : "filtered",
                page.cases().size(), page.total());
        return new Path2(real, raw, List.of(sql.page(), sql.count()), false);
    }

    static Path2 detailsPath(Cases cases, DataSource ds, TirekUser who, UUID[] ids) {
        Runnable real = () -> {
            UUID id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            MDC.put(REQUEST_ID, UUID.randomUUID().toString());
            try {
                CaseDetails d = cases.details(who, CaseId.of(id));
                sink += d.notes().size() + (d.summaryText() == null ? 0 : d.summaryText().length());
            } finally {
                MDC.remove(REQUEST_ID);
            }
        };
        Runnable raw = () -> {
            UUID id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
            MDC.put(REQUEST_ID, UUID.randomUUID().toString());
            try {
                sink += Raw.details(ds, who, id);
            } finally {
                MDC.remove(REQUEST_ID);
            }
        };
        CaseDetails d = cases.details(who, CaseId.of(ids[0]));
        if (!d.member() || d.summaryText() == null || !d.summaryText().startsWith("Synthetic case")) {
            throw new IllegalStateException("the case page did not open the summary");
        }
        return new Path2(real, raw, Raw.DETAILS_SQL, true);
    }

    /** The baselines: the statements of CaseFiles, CaseNotes, KeyStore and JdbcAuditTrail, in plain JDBC. */
    static final class Raw {

        static final String COLUMNS = "c.id, c.reference, c.codename, c.type, c.status, c.priority, c.region,"
                + " c.opened_at, c.status_changed_at, c.synthetic, c.version";
        static final String VISIBLE = "exists (select 1 from case_member m where m.case_id = c.id and m.user_id = ?)";

        record ListSql(String page, String count, Object[] pageParams, Object[] countParams) {}

        static ListSql listFirst(UUID visibleTo) {
            String where = " where " + VISIBLE;
            return new ListSql(
                    "select " + COLUMNS + " from case_file c" + where + " order by c.opened_at desc, c.id limit ? offset ?",
                    "select count(*) from case_file c" + where,
                    new Object[] {visibleTo, 50, 0L},
                    new Object[] {visibleTo});
        }

        static ListSql listFiltered(UUID visibleTo, String type, String status, String region) {
            String where = " where c.type = ? and c.status = ? and c.region = ? and " + VISIBLE;
            return new ListSql(
                    "select " + COLUMNS + " from case_file c" + where + " order by case c.priority when 'URGENT' then 0"
                            + " when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end, c.opened_at desc, c.id limit ? offset ?",
                    "select count(*) from case_file c" + where,
                    new Object[] {type, status, region, visibleTo, 50, 0L},
                    new Object[] {type, status, region, visibleTo});
        }

        static final String FIND = "select " + COLUMNS + " from case_file c where c.id = ?";
        static final String IS_MEMBER = "select count(*) from case_member where case_id = ? and user_id = ?";
        static final String SUMMARY = "select summary_sealed from case_file where id = ?";
        static final String DATA_KEY = "select scope, wrapped_keyset, master_version from vault_data_key where scope = ?";
        static final String HISTORY = """
                select id, from_status, to_status, reason_sealed, changed_by_name, changed_at
                  from case_status_change where case_id = ? order by changed_at, id
                """;
        static final String TEAM = "select user_id, username, added_at from case_member where case_id = ? order by added_at";
        static final String NOTES = "select * from case_note where case_id = ? order by created_at desc, id";
        static final String AUDIT = """
                with e as (
                    insert into audit_event (recorded_at, actor_kind, actor_id, actor_name, action, kind,
                                             subject_type, subject_id, case_id, request_id, outcome)
                    values (?, ?, ?, ?, ?, ?,
                            ?, ?, ?, ?, ?)
                    returning id)
                insert into audit_pending (event_id) select id from e
                """;
        static final List<String> DETAILS_SQL = List.of(FIND, IS_MEMBER, SUMMARY, DATA_KEY, HISTORY, TEAM, NOTES, AUDIT);

        static void bind(PreparedStatement ps, Object[] params) throws Exception {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
        }

        static long readCases(ResultSet rs) throws Exception {
            long n = 0;
            while (rs.next()) {
                n += rs.getObject("id", UUID.class).hashCode();
                n += rs.getString("reference").length() + rs.getString("codename").length();
                n += rs.getString("type").length() + rs.getString("status").length() + rs.getString("priority").length();
                String region = rs.getString("region");
                n += region == null ? 0 : region.length();
                n += rs.getTimestamp("opened_at").getTime() + rs.getTimestamp("status_changed_at").getTime();
                n += (rs.getBoolean("synthetic") ? 1 : 0) + rs.getInt("version");
            }
            return n;
        }

        /** The list's two queries in one read-only transaction, as CasesService.list runs them. */
        static long list(DataSource ds, ListSql sql) {
            try (Connection c = ds.getConnection()) {
                c.setReadOnly(true);
                c.setAutoCommit(false);
                long n = 0;
                try {
                    try (PreparedStatement ps = c.prepareStatement(sql.page())) {
                        bind(ps, sql.pageParams());
                        try (ResultSet rs = ps.executeQuery()) {
                            n += readCases(rs);
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(sql.count())) {
                        bind(ps, sql.countParams());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            n += rs.getLong(1);
                        }
                    }
                    c.commit();
                } finally {
                    c.setAutoCommit(true);
                    c.setReadOnly(false);
                }
                return n;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        static List<UUID> listIds(DataSource ds, ListSql sql) {
            try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql.page())) {
                bind(ps, sql.pageParams());
                List<UUID> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getObject("id", UUID.class));
                }
                return ids;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** The case page's statements and the audit insert in one read-write transaction; nothing decrypted. */
        static long details(DataSource ds, TirekUser who, UUID id) {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                long n = 0;
                try {
                    try (PreparedStatement ps = c.prepareStatement(FIND)) {
                        ps.setObject(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            n += readCases(rs);
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(IS_MEMBER)) {
                        ps.setObject(1, id);
                        ps.setObject(2, who.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            if (rs.getInt(1) == 0) throw new IllegalStateException("not a member");
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(SUMMARY)) {
                        ps.setObject(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                byte[] b = rs.getBytes(1);
                                n += b == null ? 0 : b.length;
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(DATA_KEY)) {
                        ps.setString(1, "case:" + id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n += rs.getString("scope").length() + rs.getInt("master_version");
                                byte[] b = rs.getBytes("wrapped_keyset");
                                n += b == null ? 0 : b.length;
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(HISTORY)) {
                        ps.setObject(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n += rs.getObject("id", UUID.class).hashCode();
                                String from = rs.getString("from_status");
                                n += (from == null ? 0 : from.length()) + rs.getString("to_status").length();
                                byte[] b = rs.getBytes("reason_sealed");
                                n += (b == null ? 0 : b.length) + rs.getString("changed_by_name").length();
                                n += rs.getTimestamp("changed_at").getTime();
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(TEAM)) {
                        ps.setObject(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n += rs.getObject("user_id", UUID.class).hashCode() + rs.getString("username").length();
                                n += rs.getTimestamp("added_at").getTime();
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(NOTES)) {
                        ps.setObject(1, id);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                n += rs.getObject("id", UUID.class).hashCode() + rs.getBytes("text_sealed").length;
                                n += rs.getString("created_by_name").length() + rs.getTimestamp("created_at").getTime();
                                Timestamp edited = rs.getTimestamp("edited_at");
                                n += (edited == null ? 0 : edited.getTime()) + rs.getInt("version");
                                n += rs.getObject("created_by", UUID.class).hashCode()
                                        + rs.getObject("last_writer", UUID.class).hashCode()
                                        + rs.getString("last_writer_name").length();
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(AUDIT)) {
                        ps.setObject(1, OffsetDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
                        ps.setString(2, "USER");
                        ps.setObject(3, who.id());
                        ps.setString(4, who.getUsername());
                        ps.setString(5, "cases.view");
                        ps.setString(6, "READ");
                        ps.setString(7, "case");
                        ps.setString(8, id.toString());
                        ps.setObject(9, id);
                        ps.setString(10, MDC.get(REQUEST_ID));
                        ps.setString(11, "SUCCESS");
                        n += ps.executeUpdate();
                    }
                    c.commit();
                } catch (Exception e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
                return n;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- the SQL check ------------------------------------------------------------------------------

    /** Keeps the statements logged by one thread (the scheduled sealer and other jobs log theirs too). */
    static final class Capture extends AppenderBase<ILoggingEvent> {
        final List<String> sql = new ArrayList<>();
        final String thread = Thread.currentThread().getName();

        @Override
        protected synchronized void append(ILoggingEvent e) {
            if (!thread.equals(e.getThreadName())) return;
            String m = e.getFormattedMessage();
            if (m == null || !m.startsWith("Executing")) return;
            int a = m.indexOf('[');
            int b = m.lastIndexOf(']');
            if (a >= 0 && b > a) sql.add(m.substring(a + 1, b));
        }
    }

    static String norm(String sql) {
        return sql.strip().replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
    }

    /**
     * Runs the real path once (after a wait longer than the vault's 2 s key cache, so that the details
     * path reads its data key as it does for most random cases) with the JdbcTemplate debug log captured,
     * and fails unless it sent exactly the baseline's statements.
     */
    static void checkSameSql(String name, Path2 p) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        Capture cap = new Capture();
        cap.setContext(logger.getLoggerContext());
        cap.start();
        Level before = logger.getLevel();
        boolean additive = logger.isAdditive();
        if (p.writes()) Thread.sleep(2200);
        logger.addAppender(cap);
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
        try {
            p.real().run();
        } finally {
            logger.setLevel(before);
            logger.setAdditive(additive);
            logger.detachAppender(cap);
            cap.stop();
        }
        List<String> got = cap.sql.stream().map(CaseBench::norm).toList();
        List<String> want = p.rawSql().stream().map(CaseBench::norm).toList();
        System.out.printf("%s: %d statements%n", name, got.size());
        for (String s : got) System.out.println("  " + (s.length() > 160 ? s.substring(0, 157) + "..." : s));
        if (!got.equals(want)) {
            System.out.println("baseline's statements:");
            for (String s : want) System.out.println("  " + s);
            throw new IllegalStateException(name + ": the real path's SQL is not the baseline's");
        }
        System.out.println("  = the baseline's statements, in the same order");
    }

    static void explain(DataSource ds, UUID visibleTo, UUID someCase) throws Exception {
        System.out.println();
        System.out.println("== EXPLAIN (ANALYZE, BUFFERS) of the list queries and of the case page's queries ==");
        List<Object[]> queries = new ArrayList<>();
        for (Raw.ListSql l : List.of(Raw.listFirst(visibleTo), Raw.listFiltered(visibleTo, "SURVIVOR_SUPPORT", "ACTIVE", "KZ-75"))) {
            queries.add(new Object[] {l.page(), l.pageParams()});
            queries.add(new Object[] {l.count(), l.countParams()});
        }
        queries.add(new Object[] {Raw.FIND, new Object[] {someCase}});
        queries.add(new Object[] {Raw.IS_MEMBER, new Object[] {someCase, visibleTo}});
        queries.add(new Object[] {Raw.HISTORY, new Object[] {someCase}});
        queries.add(new Object[] {Raw.TEAM, new Object[] {someCase}});
        queries.add(new Object[] {Raw.NOTES, new Object[] {someCase}});
        queries.add(new Object[] {Raw.DATA_KEY, new Object[] {"case:" + someCase}});
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (Object[] q : queries) {
                String sql = (String) q[0];
                System.out.println("EXPLAIN " + norm(sql));
                try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + sql)) {
                    Raw.bind(ps, (Object[]) q[1]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) System.out.println("  " + rs.getString(1));
                    }
                }
            }
            c.rollback();
        }
    }

    // ---- measuring ----------------------------------------------------------------------------------

    /** The audit module's ChainSealer, driven by reflection (read-only use). */
    static final class Sealer {
        final Object sealer;
        final Method sealAll;

        Sealer(ConfigurableApplicationContext ctx) throws Exception {
            Class<?> type = Class.forName("org.tirek.audit.internal.ChainSealer");
            Object bean = ctx.getBean(type);
            Object target = AopProxyUtils.getSingletonTarget(bean);
            sealer = target == null ? bean : target;
            sealAll = type.getDeclaredMethod("sealAll");
            sealAll.setAccessible(true);
        }

        int sealAll() throws Exception {
            return (Integer) sealAll.invoke(sealer);
        }
    }

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
            return s[(int) Math.max(0, Math.min(n - 1, Math.ceil(p / 100 * n) - 1))];
        }
    }

    record Slice(long requests, long wallNanos, LongList latencies) {}

    static Slice slice(ExecutorService pool, int threads, long nanos, Runnable op) throws Exception {
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
                    op.run();
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

    static void measure(Options o, Map<String, Path2> paths, Sealer sealer, Probe pg) throws Exception {
        System.out.println();
        int maxThreads = Arrays.stream(o.threads()).max().orElse(1);
        ExecutorService pool = Executors.newFixedThreadPool(maxThreads);
        long sliceNanos = o.sliceMs() * 1_000_000L;
        System.out.printf(Locale.ROOT, "== measuring: %d warm-up + %d measured rounds; per round, path and thread count (%s)"
                        + " one %d ms slice of the real path and one of its baseline, alternating which goes first ==%n",
                o.warmup(), o.rounds(), Arrays.toString(o.threads()), o.sliceMs());
        List<String> names = new ArrayList<>(paths.keySet());
        try {
            for (int r = 0; r < o.warmup() + o.rounds(); r++) {
                boolean measured = r >= o.warmup();
                long r0 = System.nanoTime();
                StringBuilder line = new StringBuilder();
                for (int pi = 0; pi < names.size(); pi++) {
                    String name = names.get((pi + r) % names.size());
                    Path2 p = paths.get(name);
                    for (int ti = 0; ti < o.threads().length; ti++) {
                        int threads = o.threads()[(ti + r) % o.threads().length];
                        String k = name + " c" + threads;
                        boolean realFirst = (r + ti + pi) % 2 == 0;
                        double[] tput = new double[2];
                        for (int step = 0; step < 2; step++) {
                            boolean isReal = (step == 0) == realFirst;
                            String mode = isReal ? "real" : "raw";
                            long jvm0 = pg.jvm();
                            long pg0 = pg.pg();
                            Slice s = slice(pool, threads, sliceNanos, isReal ? p.real() : p.raw());
                            long cpu = pg.jvm() - jvm0 + pg.pg() - pg0;
                            if (p.writes()) sealer.sealAll(); // the entries of this slice, not counted
                            double rate = s.requests() * 1e9 / s.wallNanos();
                            tput[isReal ? 0 : 1] = rate;
                            keep(k + " " + mode, measured, rate);
                            keep(k + " " + mode + " cpu us", measured, cpu / 1e3 / Math.max(1, s.requests()));
                            if (measured) LATENCIES.computeIfAbsent(k + " " + mode, x -> new LongList()).addAll(s.latencies());
                        }
                        line.append(String.format(Locale.ROOT, " %s/%d %.0f vs %.0f (%.2f);", name, threads, tput[0],
                                tput[1], tput[0] / tput[1]));
                    }
                }
                System.out.printf(Locale.ROOT, "%s %d (%.0f s):%s%n", measured ? "round" : "warm-up",
                        measured ? r - o.warmup() + 1 : r + 1, (System.nanoTime() - r0) / 1e9, line);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void report(Options o, Iterable<String> names) {
        System.out.println();
        System.out.printf("== results: %d rounds × %d ms per path, side and thread count ==%n", o.rounds(), o.sliceMs());
        System.out.println("req/s are medians over the rounds; ratios are medians of the per-round ratios (min-max);"
                + " latency percentiles over all measured slices. Goal: real/raw >= 0.5");
        System.out.printf("%-14s %7s %9s %9s %20s %8s %8s %8s %8s %8s %8s %8s %8s %-8s%n", "path", "threads", "real",
                "raw", "real/raw", "p50 r", "p90 r", "p99 r", "p50 b", "p90 b", "p99 b", "CPUus r", "CPUus b", "goal");
        for (String name : names) {
            for (int t : o.threads()) {
                String k = name + " c" + t;
                List<Double> ratio = perRound(k + " real", k + " raw");
                LongList a = LATENCIES.get(k + " real");
                LongList b = LATENCIES.get(k + " raw");
                System.out.printf(Locale.ROOT, "%-14s %7d %9.0f %9.0f %20s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f %8.0f %8.0f %-8s%n",
                        name, t, median(RESULTS.get(k + " real")), median(RESULTS.get(k + " raw")), ratioText(ratio),
                        a.percentile(50) / 1e6, a.percentile(90) / 1e6, a.percentile(99) / 1e6,
                        b.percentile(50) / 1e6, b.percentile(90) / 1e6, b.percentile(99) / 1e6,
                        median(RESULTS.get(k + " real cpu us")), median(RESULTS.get(k + " raw cpu us")),
                        verdict(ratio, 0.5));
            }
        }
        System.out.println("(r = real path through Cases, b = raw-JDBC baseline; latencies in ms; CPUus = CPU time of the"
                + " JVM and all PostgreSQL processes per request, including the load driver's own share)");
        for (String name : names) {
            for (int t : o.threads()) {
                String k = name + " c" + t;
                System.out.printf(Locale.ROOT, "per-round real/raw, %s, %d thread%s: %s | real req/s %s | raw req/s %s%n",
                        name, t, t == 1 ? "" : "s", list(perRound(k + " real", k + " raw")), list(RESULTS.get(k + " real")),
                        list(RESULTS.get(k + " raw")));
            }
        }
        System.out.printf(Locale.ROOT, "RESULT generate cases %.0f cases/s %.0f%n", median(RESULTS.get("generate cases")),
                median(RESULTS.get("generate cases/s")));
        for (String name : names) {
            for (int t : o.threads()) {
                String k = name + " c" + t;
                LongList a = LATENCIES.get(k + " real");
                LongList b = LATENCIES.get(k + " raw");
                System.out.printf(Locale.ROOT, "RESULT %s threads %d real %.0f raw %.0f ratio %.3f p50 %.2f/%.2f p99 %.2f/%.2f ms%n",
                        name, t, median(RESULTS.get(k + " real")), median(RESULTS.get(k + " raw")),
                        median(perRound(k + " real", k + " raw")), a.percentile(50) / 1e6, b.percentile(50) / 1e6,
                        a.percentile(99) / 1e6, b.percentile(99) / 1e6);
            }
        }
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

    static String ratioText(List<Double> r) {
        if (r.isEmpty()) return "n/a";
        return String.format(Locale.ROOT, "%.3f (%.3f-%.3f)", median(r), r.stream().mapToDouble(d -> d).min().orElse(0),
                r.stream().mapToDouble(d -> d).max().orElse(0));
    }

    static String verdict(List<Double> r, double goal) {
        if (r.isEmpty()) return "";
        return median(r) >= goal ? "meets" : "MISSES";
    }

    static String list(List<Double> v) {
        if (v == null) return "-";
        StringBuilder b = new StringBuilder();
        for (double d : v) b.append(b.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, d >= 100 ? "%.0f" : "%.3f", d));
        return b.toString();
    }
}
