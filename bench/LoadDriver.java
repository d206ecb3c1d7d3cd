/*
 * Tirek load driver: a single-file Java program that needs nothing but a JDK (21+).
 *
 *   $JAVA_HOME/bin/java bench/LoadDriver.java --base http://127.0.0.1:18091 \
 *       --user coordinator --password coordinator-demo-2026 \
 *       --phase dashboard=/ --phase static=/css/tirek.css --ratio dashboard:static
 *
 * It signs in once through the login form (GET /login for the _csrf token, POST /login), keeps the
 * SESSION cookie, warms every phase up (results thrown away), and then measures the phases taking
 * turns: --rounds rounds, each giving every phase --duration/--rounds seconds, so that a burst of
 * load from elsewhere on a shared machine falls on all phases alike. Each slice is a closed loop in
 * which --concurrency workers each send one request, wait for the whole response, and send the
 * next. A slice stops at its time or after its share of --max-requests, whichever comes first, so
 * a run is bounded in both time and count.
 *
 * With --sessions K it signs in K times and worker i uses session i mod K (default: one session
 * shared by all workers, as the benchmark brief asks).
 *
 * Phase syntax: NAME=PATH sends the session cookie (what a signed-in browser does);
 * NAME=PATH:anon sends no cookie. Every response must be HTTP 200 (redirects are not followed, so a
 * lost session shows up as an error rather than as a fast login page).
 *
 * Only loopback targets are accepted (127.0.0.1, localhost, [::1]).
 * Exit status: 0 when every phase completed without errors, 1 on request errors, 2 on bad usage or
 * a failed sign-in.
 */

import java.io.IOException;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LoadDriver {

    record Phase(String name, String path, boolean withCookie) {}

    record Result(Phase phase, long requests, long errors, double seconds, long bytes, long[] latenciesNanos,
            String firstError) {
        double rps() {
            return seconds > 0 ? requests / seconds : 0;
        }

        double percentileMs(double p) {
            if (latenciesNanos.length == 0) return Double.NaN;
            int idx = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            idx = Math.max(0, Math.min(latenciesNanos.length - 1, idx));
            return latenciesNanos[idx] / 1e6;
        }

        double meanMs() {
            if (latenciesNanos.length == 0) return Double.NaN;
            double sum = 0;
            for (long l : latenciesNanos) sum += l;
            return sum / latenciesNanos.length / 1e6;
        }

        long bytesPerResponse() {
            return requests > 0 ? bytes / requests : 0;
        }
    }

    // ---- options -------------------------------------------------------------------------------
    static URI base;
    static String user = "coordinator";
    static String password = "coordinator-demo-2026";
    static int concurrency = 8;
    static int sessions = 1;
    static int rounds = 3;
    static double warmupSeconds = 5;
    static double durationSeconds = 15;
    static long maxRequests = 100_000;
    static double timeoutSeconds = 10;
    static final List<Phase> phases = new ArrayList<>();
    static final List<String[]> ratios = new ArrayList<>();
    static Path out;

    public static void main(String[] args) throws Exception {
        try {
            parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            usage(System.err);
            System.exit(2);
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        String[] sessionIds = new String[0];
        if (phases.stream().anyMatch(Phase::withCookie)) {
            sessionIds = new String[sessions];
            try {
                for (int i = 0; i < sessions; i++) sessionIds[i] = signIn();
            } catch (Exception e) {
                System.err.println("error: sign-in failed: " + e.getMessage());
                System.exit(2);
            }
            System.out.printf("signed in as %s: %d session(s), SESSION cookie %s...%n",
                    user, sessions, sessionIds[0].substring(0, 8));
        }

        System.out.printf("concurrency %d, %d session(s), warm-up %.0f s per phase, then %d round(s) of %.1f s per phase"
                        + " (%.0f s measured per phase), at most %d requests per phase%n",
                concurrency, sessions, warmupSeconds, rounds, durationSeconds / rounds, durationSeconds, maxRequests);
        Map<Phase, HttpRequest[]> requestsOf = new LinkedHashMap<>();
        for (Phase phase : phases) {
            HttpRequest[] requests = new HttpRequest[concurrency];
            for (int w = 0; w < concurrency; w++) {
                requests[w] = request(phase, phase.withCookie() ? sessionIds[w % sessions] : null);
            }
            requestsOf.put(phase, requests);
        }
        for (Phase phase : phases) {
            System.out.printf("warm-up %-12s GET %s%s%n", phase.name(), phase.path(),
                    phase.withCookie() ? " (with session)" : " (anonymous)");
            run(client, requestsOf.get(phase), warmupSeconds, maxRequests, phase);
        }
        // The phases take turns, round after round, so that a burst of load from elsewhere on the
        // machine falls on every phase alike instead of on whichever phase happened to be running.
        Map<String, List<Result>> slices = new LinkedHashMap<>();
        long sliceBudget = Math.max(1, maxRequests / rounds);
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (Phase phase : phases) {
                Result r = run(client, requestsOf.get(phase), durationSeconds / rounds, sliceBudget, phase);
                slices.computeIfAbsent(phase.name(), k -> new ArrayList<>()).add(r);
                line.append(String.format(Locale.ROOT, "  %s %.1f req/s (p50 %.2f ms, %d errors)",
                        phase.name(), r.rps(), r.percentileMs(50), r.errors()));
            }
            for (String[] pair : ratios) {
                List<Result> a = slices.get(pair[0]);
                List<Result> b = slices.get(pair[1]);
                if (a == null || b == null) continue;
                line.append(String.format(Locale.ROOT, "  | %s/%s %.3f", pair[0], pair[1],
                        a.getLast().rps() / b.getLast().rps()));
            }
            System.out.println(line);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        slices.forEach((name, list) -> results.put(name, merge(list)));

        printTable(System.out, results);
        for (String[] pair : ratios) {
            List<Result> a = slices.get(pair[0]);
            List<Result> b = slices.get(pair[1]);
            if (a == null || b == null) continue;
            double min = Double.MAX_VALUE, max = 0;
            for (int i = 0; i < a.size(); i++) {
                double q = a.get(i).rps() / b.get(i).rps();
                min = Math.min(min, q);
                max = Math.max(max, q);
            }
            System.out.printf(Locale.ROOT, "ratio %s/%s per round: min %.3f, max %.3f%n", pair[0], pair[1], min, max);
        }
        if (out != null) writeTsv(out, results);

        long errors = results.values().stream().mapToLong(Result::errors).sum();
        boolean empty = results.values().stream().anyMatch(r -> r.requests() == 0);
        for (Result r : results.values()) {
            if (r.firstError() != null) {
                System.err.printf("phase %s: %d errors, first: %s%n", r.phase().name(), r.errors(), r.firstError());
            }
        }
        System.exit(errors > 0 || empty ? 1 : 0);
    }

    // ---- sign-in -------------------------------------------------------------------------------

    /** Signs in through the form like a browser and returns the SESSION cookie's value. */
    static String signIn() throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Duration timeout = Duration.ofSeconds(30);

        HttpResponse<String> loginPage = browser.send(
                HttpRequest.newBuilder(base.resolve("/login")).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (loginPage.statusCode() != 200) throw new IOException("GET /login answered " + loginPage.statusCode());
        String csrf = csrfToken(loginPage.body());

        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
        HttpResponse<String> posted = browser.send(
                HttpRequest.newBuilder(base.resolve("/login"))
                        .timeout(timeout)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = posted.headers().firstValue("Location").orElse("");
        if (posted.statusCode() != 302 || location.contains("/login")) {
            throw new IOException("POST /login answered " + posted.statusCode() + " -> " + location
                    + " (wrong user/password, locked out, or not a demo instance?)");
        }

        HttpResponse<String> dashboard = browser.send(
                HttpRequest.newBuilder(base.resolve("/")).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (dashboard.statusCode() != 200 || !dashboard.body().contains("data-testid=\"welcome\"")) {
            throw new IOException("GET / after sign-in answered " + dashboard.statusCode()
                    + " without the dashboard's welcome line");
        }
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IOException("no SESSION cookie after sign-in"));
    }

    static String csrfToken(String html) throws IOException {
        Matcher input = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>").matcher(html);
        if (!input.find()) throw new IOException("no _csrf input on the login page");
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
        if (!value.find()) throw new IOException("the _csrf input has no value");
        return value.group(1).replace("&#45;", "-").replace("&amp;", "&");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---- load ----------------------------------------------------------------------------------

    static HttpRequest request(Phase phase, String session) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(phase.path()))
                .timeout(Duration.ofMillis((long) (timeoutSeconds * 1000)))
                .header("Accept", "text/html,text/css,*/*")
                .GET();
        if (phase.withCookie()) b.header("Cookie", "SESSION=" + session);
        return b.build();
    }

    /** A closed loop: each worker sends the next request when the previous response is complete. */
    static Result run(HttpClient client, HttpRequest[] requests, double seconds, long budget, Phase phase)
            throws InterruptedException {
        AtomicLong remaining = new AtomicLong(budget);
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[][] perWorker = new long[concurrency][];
        int[] counts = new int[concurrency];
        long start = System.nanoTime();
        long deadline = start + (long) (seconds * 1e9);
        Thread[] workers = new Thread[concurrency];
        for (int w = 0; w < concurrency; w++) {
            final int id = w;
            workers[w] = Thread.ofPlatform().name("load-" + w).start(() -> {
                HttpRequest request = requests[id];
                long[] lat = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline && remaining.getAndDecrement() > 0) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> resp = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long t1 = System.nanoTime();
                        if (resp.statusCode() != 200) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, "HTTP " + resp.statusCode()
                                    + resp.headers().firstValue("Location").map(l -> " -> " + l).orElse(""));
                            continue;
                        }
                        bytes.addAndGet(resp.body().length);
                        if (n == lat.length) lat = Arrays.copyOf(lat, n * 2);
                        lat[n++] = t1 - t0;
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        break;
                    }
                }
                perWorker[id] = lat;
                counts[id] = n;
            });
        }
        for (Thread t : workers) t.join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int pos = 0;
        for (int w = 0; w < concurrency; w++) {
            System.arraycopy(perWorker[w], 0, all, pos, counts[w]);
            pos += counts[w];
        }
        Arrays.sort(all);
        return new Result(phase, total, errors.get(), elapsed, bytes.get(), all, firstError.get());
    }

    static Result merge(List<Result> slices) {
        long requests = 0, errors = 0, bytes = 0;
        double seconds = 0;
        String firstError = null;
        int total = 0;
        for (Result r : slices) total += r.latenciesNanos().length;
        long[] all = new long[total];
        int pos = 0;
        for (Result r : slices) {
            requests += r.requests();
            errors += r.errors();
            bytes += r.bytes();
            seconds += r.seconds();
            if (firstError == null) firstError = r.firstError();
            System.arraycopy(r.latenciesNanos(), 0, all, pos, r.latenciesNanos().length);
            pos += r.latenciesNanos().length;
        }
        Arrays.sort(all);
        return new Result(slices.getFirst().phase(), requests, errors, seconds, bytes, all, firstError);
    }

    // ---- output --------------------------------------------------------------------------------

    static void printTable(PrintStream o, Map<String, Result> results) {
        o.println();
        o.printf(Locale.ROOT, "%-12s %-18s %8s %6s %9s %8s %8s %8s %8s %8s %7s%n",
                "phase", "path", "requests", "errors", "req/s", "mean ms", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "bytes");
        for (Result r : results.values()) {
            o.printf(Locale.ROOT, "%-12s %-18s %8d %6d %9.1f %8.2f %8.2f %8.2f %8.2f %8.2f %7d%n",
                    r.phase().name(), r.phase().path() + (r.phase().withCookie() ? "" : " (anon)"),
                    r.requests(), r.errors(), r.rps(), r.meanMs(), r.percentileMs(50), r.percentileMs(90),
                    r.percentileMs(99), r.percentileMs(100), r.bytesPerResponse());
        }
        for (String[] pair : ratios) {
            Result a = results.get(pair[0]);
            Result b = results.get(pair[1]);
            if (a == null || b == null || b.rps() == 0) continue;
            o.printf(Locale.ROOT, "ratio %s/%s: req/s %.3f (%.1fx slower); p50 latency %.1fx; p99 latency %.1fx%n",
                    pair[0], pair[1], a.rps() / b.rps(), b.rps() / a.rps(),
                    a.percentileMs(50) / b.percentileMs(50), a.percentileMs(99) / b.percentileMs(99));
        }
    }

    static void writeTsv(Path file, Map<String, Result> results) throws IOException {
        StringBuilder sb = new StringBuilder(
                "phase\tpath\tsession\trequests\terrors\tseconds\trps\tmean_ms\tp50_ms\tp90_ms\tp99_ms\tmax_ms\tbytes\n");
        for (Result r : results.values()) {
            sb.append(String.format(Locale.ROOT, "%s\t%s\t%s\t%d\t%d\t%.3f\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d%n",
                    r.phase().name(), r.phase().path(), r.phase().withCookie() ? "yes" : "no", r.requests(),
                    r.errors(), r.seconds(), r.rps(), r.meanMs(), r.percentileMs(50), r.percentileMs(90),
                    r.percentileMs(99), r.percentileMs(100), r.bytesPerResponse()));
        }
        Files.writeString(file, sb.toString());
    }

    // ---- arguments -----------------------------------------------------------------------------

    static void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help")) {
                usage(System.out);
                System.exit(0);
            }
            if (i + 1 >= args.length) throw new IllegalArgumentException("missing value for " + a);
            String v = args[++i];
            switch (a) {
                case "--base" -> base = loopbackOnly(v);
                case "--user" -> user = v;
                case "--password" -> password = v;
                case "--concurrency" -> concurrency = bounded(a, Integer.parseInt(v), 1, 256);
                case "--warmup" -> warmupSeconds = bounded(a, Double.parseDouble(v), 0.0, 120.0);
                case "--duration" -> durationSeconds = bounded(a, Double.parseDouble(v), 1.0, 300.0);
                case "--max-requests" -> maxRequests = bounded(a, Long.parseLong(v), 1L, 5_000_000L);
                case "--timeout" -> timeoutSeconds = bounded(a, Double.parseDouble(v), 1.0, 60.0);
                case "--rounds" -> rounds = bounded(a, Integer.parseInt(v), 1, 20);
                case "--sessions" -> sessions = bounded(a, Integer.parseInt(v), 1, 64);
                case "--phase" -> phases.add(phase(v));
                case "--ratio" -> {
                    String[] pair = v.split(":");
                    if (pair.length != 2) throw new IllegalArgumentException("--ratio wants A:B, got " + v);
                    ratios.add(pair);
                }
                case "--out" -> out = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (base == null) throw new IllegalArgumentException("--base is required");
        if (phases.isEmpty()) throw new IllegalArgumentException("at least one --phase is required");
    }

    static Phase phase(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("--phase wants NAME=PATH[:anon], got " + spec);
        String name = spec.substring(0, eq);
        String path = spec.substring(eq + 1);
        boolean cookie = true;
        if (path.endsWith(":anon")) {
            cookie = false;
            path = path.substring(0, path.length() - ":anon".length());
        }
        if (!path.startsWith("/")) throw new IllegalArgumentException("phase path must start with /: " + spec);
        return new Phase(name, path, cookie);
    }

    static URI loopbackOnly(String v) {
        URI uri = URI.create(v);
        String host = uri.getHost();
        if (!"http".equals(uri.getScheme()) || host == null) {
            throw new IllegalArgumentException("--base must be http://127.0.0.1:PORT, got " + v);
        }
        boolean allowed = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        try {
            allowed = allowed && InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (IOException e) {
            allowed = false;
        }
        if (!allowed) throw new IllegalArgumentException("only loopback targets are allowed, got " + host);
        return uri;
    }

    static <T extends Comparable<T>> T bounded(String name, T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return value;
    }

    static void usage(PrintStream o) {
        o.println("""
                usage: java bench/LoadDriver.java --base http://127.0.0.1:PORT --phase NAME=PATH[:anon] ...
                  --user U --password P   sign-in used for phases with the session cookie (demo coordinator)
                  --concurrency N         closed-loop workers (default 8)
                  --sessions K            sign in K times; worker i uses session i mod K (default 1)
                  --warmup S              warm-up seconds per phase, not measured (default 5)
                  --duration S            measured seconds per phase (default 15), split over the rounds
                  --rounds R              the phases take turns R times, duration/R seconds each (default 3)
                  --max-requests N        cap on requests per warm-up and per measured phase (default 100000)
                  --timeout S             per-request timeout (default 10)
                  --ratio A:B             print req/s of phase A divided by that of phase B
                  --out FILE              also write the results as TSV""");
    }
}
