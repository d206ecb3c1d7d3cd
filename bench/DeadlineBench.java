/*
 * Tirek deadline benchmark: a single-file Java program, compiled and run by bench/deadlines.sh against
 * the classes and libraries of target/tirek.jar (extracted with -Djarmode=tools).
 *
 * It starts Tirek's Spring context without a web server on a fresh embedded PostgreSQL in --data-dir,
 * initialises the vault, opens --cases cases and, through the real services, ten template
 * proceedings whose events start deadlines of every shipped pack (ME, KZ, ECHR, INTERPOL, UN and the
 * DEFAULT pack: extradition with a provisional arrest, a surrender date and a Rule 39 count, asylum,
 * a CCF request, a police protective order, a UN communication, a final decision starting the
 * Strasbourg 4 months, and one warrant that starts none). It then clones them with SQL into
 * --proceedings proceedings (events cloned alike) spread over the cases, and measures in this one JVM:
 *
 *   first     every proceeding's deadlines computed and inserted (what a start with changed rule packs,
 *             or the first start after this feature, does), in transactions of --batch proceedings
 *   full      every proceeding's deadlines computed again and written back (nothing changes, every row
 *             is updated), in transactions of --batch, against the raw-SQL baseline below, in
 *             interleaved --rounds
 *   baseline  the same rows loaded with plain JDBC on one connection, proceeding by proceeding, in the
 *             same transactions: the proceeding's structural row, its events, its stored deadlines
 *             (the three queries the recompute itself makes, with the same SQL), every column read
 *   event     --sample proceedings chosen at random: a NOTE appended through Proceedings.record (the
 *             whole path: access check, replay, insert, audit, and the deadline recompute in the same
 *             transaction), then the recompute alone, then the baseline load of the same proceeding,
 *             interleaved proceeding by proceeding
 *   status    the status job once over every open deadline (UPDATE ... RETURNING, the events published)
 *
 * The recompute and the status job are package-private beans of the proceedings module; the benchmark
 * calls them by reflection, exactly as the application does. Exit status: 0 when everything ran, 1
 * when something broke, 2 on bad usage.
 */

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.TirekApplication;
import org.tirek.cases.CaseId;
import org.tirek.cases.CaseType;
import org.tirek.cases.Cases;
import org.tirek.cases.NewCase;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.proceedings.ClientRole;
import org.tirek.proceedings.NewEvent;
import org.tirek.proceedings.NewProceeding;
import org.tirek.proceedings.OccurredAt;
import org.tirek.proceedings.ProceedingId;
import org.tirek.proceedings.ProceedingSummary;
import org.tirek.proceedings.ProceedingType;
import org.tirek.proceedings.Proceedings;
import org.tirek.vault.Vault;

public class DeadlineBench {

    record Options(Path dataDir, int proceedings, int cases, int batch, int rounds, int sample, long seed) {}

    public static void main(String[] args) {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("usage: DeadlineBench --data-dir DIR [--proceedings 100000] [--cases 200] [--batch 500]"
                    + " [--rounds 2] [--sample 1000] [--seed 42]: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            run(o);
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }

    static Options parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) throw new IllegalArgumentException("unexpected " + args[i]);
            m.put(args[i].substring(2), args[i + 1]);
        }
        for (String k : m.keySet()) {
            if (!List.of("data-dir", "proceedings", "cases", "batch", "rounds", "sample", "seed").contains(k)) {
                throw new IllegalArgumentException("unknown option --" + k);
            }
        }
        if (!m.containsKey("data-dir")) throw new IllegalArgumentException("--data-dir is required");
        Options o = new Options(
                Path.of(m.get("data-dir")),
                Integer.parseInt(m.getOrDefault("proceedings", "100000")),
                Integer.parseInt(m.getOrDefault("cases", "200")),
                Integer.parseInt(m.getOrDefault("batch", "500")),
                Integer.parseInt(m.getOrDefault("rounds", "2")),
                Integer.parseInt(m.getOrDefault("sample", "1000")),
                Long.parseLong(m.getOrDefault("seed", "42")));
        if (o.proceedings() < 10 || o.proceedings() > 2_000_000) throw new IllegalArgumentException("--proceedings 10..2000000");
        if (o.cases() < 1 || o.cases() > 100_000) throw new IllegalArgumentException("--cases 1..100000");
        if (o.batch() < 1 || o.batch() > 100_000) throw new IllegalArgumentException("--batch 1..100000");
        if (o.rounds() < 1 || o.rounds() > 20) throw new IllegalArgumentException("--rounds 1..20");
        if (o.sample() < 1 || o.sample() > o.proceedings()) throw new IllegalArgumentException("--sample 1..proceedings");
        return o;
    }

    // ---- the run ------------------------------------------------------------------------------------

    static void run(Options o) throws Exception {
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MiB%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
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
                        // the status job would run over the benchmark's rows every minute: measured below instead
                        "--tirek.deadlines.first-check-after=PT24H",
                        "--tirek.deadlines.check-every=PT24H",
                        "--logging.level.root=WARN",
                        "--logging.level.org.tirek=WARN");
        try {
            System.out.printf(Locale.ROOT, "Spring context (no web server, embedded PostgreSQL) started in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            new Run(o, ctx).go();
        } finally {
            ctx.close();
        }
    }

    static final class Run {
        final Options o;
        final ConfigurableApplicationContext ctx;
        final JdbcClient jdbc;
        final DataSource dataSource;
        final TransactionTemplate tx;
        final Proceedings proceedings;
        final Object recomputer;
        final Method recompute;
        final Object watch;
        final Method watchRun;
        TirekUser user;

        Run(Options o, ConfigurableApplicationContext ctx) throws Exception {
            this.o = o;
            this.ctx = ctx;
            this.jdbc = ctx.getBean(JdbcClient.class);
            this.dataSource = ctx.getBean(DataSource.class);
            this.tx = ctx.getBean(TransactionTemplate.class);
            this.proceedings = ctx.getBean(Proceedings.class);
            Class<?> recomputeClass = Class.forName("org.tirek.proceedings.deadlines.DeadlineRecompute");
            this.recomputer = ctx.getBean(recomputeClass);
            this.recompute = recomputeClass.getDeclaredMethod("recompute", ProceedingId.class);
            this.recompute.setAccessible(true);
            Class<?> watchClass = Class.forName("org.tirek.proceedings.deadlines.DeadlineWatch");
            this.watch = ctx.getBean(watchClass);
            this.watchRun = watchClass.getDeclaredMethod("run", Instant.class);
            this.watchRun.setAccessible(true);
        }

        void go() throws Exception {
            ctx.getBean(Vault.class).initWithPassphrase("tirek deadline benchmark passphrase");
            UserAccounts users = ctx.getBean(UserAccounts.class);
            Username name = Username.of("bench-lawyer");
            users.create(name, Role.LAWYER, org.tirek.identity.Password.of("bench lawyer passphrase"), false);
            var account = users.find(name).orElseThrow();
            user = new TirekUser(account.id(), name, Role.LAWYER, true, false, null);

            long s0 = System.nanoTime();
            List<CaseId> cases = openCases();
            List<ProceedingId> templates = templates(cases.get(0));
            List<ProceedingId> all = cloneTo(templates, cases);
            jdbc.sql("analyze").update();
            long events = jdbc.sql("select count(*) from proceeding_event").query(Long.class).single();
            System.out.printf(Locale.ROOT, "data: %d proceedings (%d templates cloned), %d events, %d cases; set up in %.1f s%n",
                    all.size(), templates.size(), events, cases.size(), (System.nanoTime() - s0) / 1e9);

            // first: computing and inserting every deadline
            jdbc.sql("delete from deadline").update();
            double first = full(all, this::recomputeOne);
            long rows = jdbc.sql("select count(*) from deadline").query(Long.class).single();
            long open = jdbc.sql("select count(*) from deadline where status in ('UPCOMING','DUE_SOON','OVERDUE')")
                    .query(Long.class).single();
            jdbc.sql("analyze deadline").update();
            System.out.printf(Locale.ROOT, "first computation: %d deadlines (%d open) for %d proceedings in %.1f s = %.3f ms per proceeding%n",
                    rows, open, all.size(), first, first * 1000 / all.size());

            // full re-evaluation against the baseline, interleaved
            List<Double> fulls = new ArrayList<>();
            List<Double> bases = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int r = 1; r <= o.rounds(); r++) {
                boolean baseFirst = r % 2 == 1;
                double base = 0;
                double full = 0;
                if (baseFirst) base = full(all, this::loadOne);
                full = full(all, this::recomputeOne);
                if (!baseFirst) base = full(all, this::loadOne);
                fulls.add(full);
                bases.add(base);
                ratios.add(full / base);
                System.out.printf(Locale.ROOT, "round %d: full re-evaluation %.1f s (%.3f ms/proceeding), baseline load %.1f s (%.3f ms/proceeding), ratio %.2f%n",
                        r, full, full * 1000 / all.size(), base, base * 1000 / all.size(), full / base);
            }
            long after = jdbc.sql("select count(*) from deadline").query(Long.class).single();
            if (after != rows) throw new IllegalStateException("re-evaluation changed the number of deadlines: " + rows + " -> " + after);

            // per event
            List<ProceedingId> sample = new ArrayList<>(all);
            Collections.shuffle(sample, new Random(o.seed()));
            sample = sample.subList(0, o.sample());
            double[] rec = new double[sample.size()];
            double[] again = new double[sample.size()];
            double[] load = new double[sample.size()];
            Instant at = Instant.now();
            for (int i = 0; i < sample.size(); i++) {
                ProceedingId id = sample.get(i);
                long a = System.nanoTime();
                proceedings.record(user, id, new NewEvent("NOTE", new OccurredAt(at, ZoneId.of("UTC"), false), null, Map.of(), null));
                long b = System.nanoTime();
                tx.executeWithoutResult(t -> recomputeOne(id));
                long c = System.nanoTime();
                tx.executeWithoutResult(t -> loadOne(id));
                long d = System.nanoTime();
                rec[i] = (b - a) / 1e6;
                again[i] = (c - b) / 1e6;
                load[i] = (d - c) / 1e6;
            }
            System.out.printf(Locale.ROOT, "per event (%d proceedings at random, a NOTE appended to each):%n", sample.size());
            row("  Proceedings.record (whole path, recompute included)", rec);
            row("  deadline recompute of that proceeding alone", again);
            row("  baseline: raw SQL load of the same rows", load);
            System.out.printf(Locale.ROOT, "  ratios of medians: record / baseline %.2f, recompute / baseline %.2f%n",
                    median(rec) / median(load), median(again) / median(load));

            // the status job once over everything open (sealed: it moves statuses and escalates nothing)
            ctx.getBean(Vault.class).seal();
            long w0 = System.nanoTime();
            watchRun.invoke(watch, Instant.now().plusSeconds(7 * 24 * 3600));
            double status = (System.nanoTime() - w0) / 1e9;
            System.out.printf(Locale.ROOT, "status job over %d open deadlines (one week later): %.2f s%n", open, status);

            System.out.printf(Locale.ROOT, "RESULT proceedings=%d deadlines=%d first_ms_per_proceeding=%.3f full_ms_per_proceeding=%.3f"
                            + " baseline_ms_per_proceeding=%.3f full_over_baseline=%.2f (rounds %s)"
                            + " event_record_ms_p50=%.2f event_recompute_ms_p50=%.3f event_baseline_ms_p50=%.3f"
                            + " record_over_baseline=%.2f recompute_over_baseline=%.2f status_job_s=%.2f%n",
                    all.size(), rows, first * 1000 / all.size(), median(fulls) * 1000 / all.size(),
                    median(bases) * 1000 / all.size(), median(ratios), ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(),
                    median(rec), median(again), median(load), median(rec) / median(load), median(again) / median(load), status);
        }

        // ---- data

        List<CaseId> openCases() {
            Cases service = ctx.getBean(Cases.class);
            List<CaseId> ids = new ArrayList<>();
            for (int i = 0; i < o.cases(); i++) {
                ids.add(service.open(user, new NewCase(CaseType.DEFENDER_PROTECTION, "bench " + i, null, null, null)).id());
            }
            return ids;
        }

        List<ProceedingId> templates(CaseId caseId) {
            List<ProceedingId> t = new ArrayList<>();
            t.add(template(caseId, ProceedingType.EXTRADITION, "ME", "KZ",
                    "2025-04-14 FORMAL_REQUEST_RECEIVED", "2025-04-14 INVESTIGATING_JUDGE_SEIZED",
                    "2025-04-14 ARRESTED", "2025-04-15 RELEASED_WITH_MEASURES"));
            t.add(template(caseId, ProceedingType.EXTRADITION, "ME", "RS", "2026-01-12T09:30 ARRESTED_ON_PROVISIONAL_REQUEST"));
            t.add(template(caseId, ProceedingType.EXTRADITION, "ME", "KZ",
                    "2025-09-01 FORMAL_REQUEST_RECEIVED", "2025-09-02 INVESTIGATING_JUDGE_SEIZED",
                    "2025-10-01 FILE_SENT_TO_PANEL", "2025-11-03 PANEL_FOUND_CONDITIONS_MET",
                    "2025-11-05 APPEAL_LODGED", "2025-12-10 APPEAL_DISMISSED", "2025-12-15 FILE_TO_MINISTER",
                    "2026-01-20 MINISTER_ALLOWED", "2026-01-26 SURRENDER_DATE_SET surrenderOn=2026-02-16"));
            t.add(template(caseId, ProceedingType.ASYLUM, "ME", null,
                    "2025-06-02 INTENTION_REGISTERED", "2025-06-10 APPLICATION_LODGED", "2026-01-15 APPLICATION_REJECTED"));
            t.add(template(caseId, ProceedingType.INTERPOL, "INTERPOL", null,
                    "2025-05-01 CCF_REQUEST_SENT", "2025-07-01 CCF_FOUND_ADMISSIBLE requestKind=DELETION"));
            t.add(template(caseId, ProceedingType.PROTECTIVE_ORDER, "KZ", null, "2026-01-05 POLICE_ORDER_ISSUED"));
            t.add(template(caseId, ProceedingType.UN_COMMUNICATION, "UN", null,
                    "2025-08-20 COMMUNICATION_SENT", "2025-08-20 TRANSMITTED_TO_STATE"));
            t.add(template(caseId, ProceedingType.GENERIC, "ME", null, "2025-12-01 DECISION_FINAL"));
            t.add(template(caseId, ProceedingType.ARREST_WARRANT, "KZ", null,
                    "2023-12-27 CHARGES_ANNOUNCED", "2023-12-28 WARRANT_ISSUED"));
            t.add(template(caseId, ProceedingType.EXTRADITION, "DE", "RU", "2026-01-20T06:00 ARRESTED_ON_PROVISIONAL_REQUEST"));
            return t;
        }

        /**
         * The scenarios are written as if today were 2026-01-25; every date moves by the days since, so
         * that the deadlines are a mix of upcoming, due soon, overdue and met, as in a live caseload.
         */
        static final LocalDate WRITTEN_ON = LocalDate.of(2026, 1, 25);

        static String shifted(String when) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(WRITTEN_ON, LocalDate.now(java.time.ZoneOffset.UTC));
            return when.length() == 10
                    ? LocalDate.parse(when).plusDays(days).toString()
                    : java.time.LocalDateTime.parse(when).plusDays(days).toString();
        }

        /** A proceeding opened and its events recorded through the services: "date[Ttime] TYPE [k=v]". */
        ProceedingId template(CaseId caseId, ProceedingType type, String jurisdiction, String requesting, String... events) {
            ProceedingSummary p = proceedings.open(user, caseId, new NewProceeding(type, jurisdiction,
                    "bench " + type.name().toLowerCase(Locale.ROOT), null, null, ClientRole.OTHER, requesting,
                    LocalDate.of(2025, 1, 1), user.getUsername(), null));
            ZoneId zone = org.tirek.proceedings.Jurisdictions.zone(jurisdiction);
            for (String e : events) {
                String[] parts = e.split(" ");
                Map<String, String> attributes = new LinkedHashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    String[] kv = parts[i].split("=");
                    attributes.put(kv[0], kv[0].equals("surrenderOn") ? shifted(kv[1]) : kv[1]);
                }
                proceedings.record(user, p.id(), new NewEvent(parts[1], OccurredAt.parse(shifted(parts[0]), zone, "at"), null, attributes, null));
            }
            return p.id();
        }

        /** Clones the templates (rows and events) until there are --proceedings proceedings. */
        List<ProceedingId> cloneTo(List<ProceedingId> templates, List<CaseId> cases) {
            int clones = o.proceedings() - templates.size();
            String[] t = templates.stream().map(p -> p.value().toString()).toArray(String[]::new);
            String[] c = cases.stream().map(x -> x.value().toString()).toArray(String[]::new);
            List<ProceedingId> all = new ArrayList<>(templates);
            all.addAll(tx.execute(x -> {
                // one transaction, so one connection: the temporary table is there for every statement
                jdbc.sql("create temporary table clone_map (n int, template uuid, id uuid, case_id uuid) on commit drop")
                        .update();
                jdbc.sql("""
                        insert into clone_map (n, template, id, case_id)
                        select n, (cast(:t as text[]))[1 + n % cardinality(cast(:t as text[]))]::uuid, gen_random_uuid(),
                               (cast(:c as text[]))[1 + n % cardinality(cast(:c as text[]))]::uuid
                          from generate_series(0, :clones - 1) n
                        """)
                        .param("t", t).param("c", c).param("clones", clones).update();
                jdbc.sql("""
                        insert into proceeding (id, case_id, type, jurisdiction, title, forum_id, reference_sealed, client_role,
                                                requesting_state, opened_on, lead_lawyer_id, lead_lawyer_name, backup_lawyer_id,
                                                backup_lawyer_name, state, second_state, regions, terminal, created_by, created_at,
                                                version)
                        select m.id, m.case_id, p.type, p.jurisdiction, p.title, p.forum_id, null, p.client_role,
                               p.requesting_state, p.opened_on, p.lead_lawyer_id, p.lead_lawyer_name, p.backup_lawyer_id,
                               p.backup_lawyer_name, p.state, p.second_state, p.regions, p.terminal, p.created_by, p.created_at,
                               p.version
                          from clone_map m join proceeding p on p.id = m.template
                        """).update();
                jdbc.sql("""
                        insert into proceeding_event (id, proceeding_id, seq, type, occurred_at, occurred_zone, date_only, attributes,
                                                      note_sealed, voids, recorded_at, recorded_by, recorded_by_name)
                        select gen_random_uuid(), m.id, e.seq, e.type, e.occurred_at, e.occurred_zone, e.date_only, e.attributes,
                               null, null, e.recorded_at, e.recorded_by, e.recorded_by_name
                          from clone_map m join proceeding_event e on e.proceeding_id = m.template
                        """).update();
                return jdbc.sql("select id from clone_map order by n")
                        .query((rs, n) -> ProceedingId.of(rs.getObject(1, UUID.class)))
                        .list();
            }));
            return all;
        }

        // ---- the measured operations

        interface PerProceeding {
            void accept(ProceedingId id) throws Exception;
        }

        /** Every proceeding through {@code op}, in transactions of --batch; seconds. */
        double full(List<ProceedingId> all, PerProceeding op) {
            long a = System.nanoTime();
            for (int from = 0; from < all.size(); from += o.batch()) {
                List<ProceedingId> batch = all.subList(from, Math.min(all.size(), from + o.batch()));
                tx.executeWithoutResult(x -> {
                    for (ProceedingId id : batch) {
                        try {
                            op.accept(id);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            }
            return (System.nanoTime() - a) / 1e9;
        }

        void recomputeOne(ProceedingId id) {
            try {
                recompute.invoke(recomputer, id);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        static final String FACTS = """
                select id, case_id, type, jurisdiction, requesting_state, terminal, lead_lawyer_id,
                       lead_lawyer_name, backup_lawyer_id, backup_lawyer_name
                  from proceeding where id = ?
                """;
        static final String EVENTS = """
                select id, seq, type, occurred_at, occurred_zone, date_only, attributes, voids
                  from proceeding_event where proceeding_id = ? order by occurred_at, seq
                """;
        static final String DEADLINES =
                "select id, rule_id, start_event_id, override_due, computation from deadline where proceeding_id = ?";

        /** The baseline: the same three queries with plain JDBC on the transaction's connection, every column read. */
        void loadOne(ProceedingId id) {
            Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
            try {
                for (String sql : new String[] {FACTS, EVENTS, DEADLINES}) {
                    try (PreparedStatement ps = connection.prepareStatement(sql)) {
                        ps.setObject(1, id.value());
                        try (ResultSet rs = ps.executeQuery()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) for (int i = 1; i <= columns; i++) rs.getObject(i);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }
    }

    static void row(String label, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-58s p50 %7.3f ms  p90 %7.3f ms  p99 %7.3f ms  max %7.3f ms%n",
                label, pct(s, 50), pct(s, 90), pct(s, 99), s[s.length - 1]);
    }

    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return pct(s, 50);
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
