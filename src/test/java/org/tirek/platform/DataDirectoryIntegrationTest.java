package org.tirek.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tirek.TirekApplication;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.Username;
import org.tirek.vault.Vault;

/**
 * The persistent embedded database: data survives a restart, a second server on the same directory
 * is refused with a clear message, and the command line works against a running server's database.
 */
class DataDirectoryIntegrationTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsRefusesASecondServerAndLetsTheCliAttach() throws Exception {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(UserAccounts.class)
                    .create(Username.of("kept-user"), Role.LAWYER, Password.of("a long enough password"), false);
            assertThat(dataDir.resolve("postgres.port")).exists();
            assertThat(Files.readString(dataDir.resolve("postgres.port")).trim())
                    .matches("\\d+");

            assertThatThrownBy(this::start)
                    .rootCause()
                    .hasMessageContaining("is in use by another running instance of Tirek");

            CliRun created = cli("user", "create", "--username", "cli-user", "--role", "analyst");
            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(created.out()).contains("Created cli-user (ANALYST)");
            assertThat(first.getBean(UserAccounts.class).find(Username.of("cli-user")))
                    .isPresent();

            CliRun token = cli("token", "create", "--username", "cli-user");
            assertThat(token.exitCode()).isZero();
            assertThat(token.out().trim()).matches("trk_[A-Za-z0-9_-]{43}");

            // a lost phone: the administrator revokes a user's calendar feed address
            var kept = first.getBean(UserAccounts.class)
                    .find(Username.of("kept-user"))
                    .orElseThrow();
            var owner = new org.tirek.identity.TirekUser(kept.id(), kept.username(), kept.role(), true, false, null);
            CalendarFeeds feeds = first.getBean(CalendarFeeds.class);
            feeds.issue(owner);
            CliRun revoked = cli("token", "revoke-feed", "--username", "kept-user");
            assertThat(revoked.exitCode()).as(revoked.err()).isZero();
            assertThat(revoked.out().trim()).isEqualTo("Revoked the calendar feed address of kept-user");
            assertThat(feeds.current(owner)).isEmpty();
            assertThat(cli("token", "revoke-feed", "--username", "kept-user")
                            .out()
                            .trim())
                    .isEqualTo("kept-user has no calendar feed address in force");

            CliRun verified = cli("audit", "verify");
            assertThat(verified.exitCode()).as(verified.err()).isZero();
            assertThat(verified.out()).startsWith("OK: ").contains("entries", "Head: position");

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                jdbc.sql("set local session_replication_role = replica").update();
                jdbc.sql("update audit_event set actor_name = 'someone-else' where id = (select min(event_id) from"
                                + " audit_chain)")
                        .update();
            });
            CliRun broken = cli("audit", "verify");
            assertThat(broken.exitCode()).isEqualTo(1);
            assertThat(broken.err()).startsWith("FAILED: Entry ").contains("at chain position 1");

            CliRun noWitness = cli(
                    "audit",
                    "verify",
                    "--checkpoints",
                    dataDir.resolve("missing.json").toString());
            assertThat(noWitness.exitCode()).isEqualTo(2);
            assertThat(noWitness.err()).contains("No such file");
        }
        assertThat(dataDir.resolve("postgres.port")).doesNotExist();

        try (ConfigurableApplicationContext second = start()) {
            UserAccounts users = second.getBean(UserAccounts.class);
            assertThat(users.find(Username.of("kept-user")))
                    .hasValueSatisfying(u -> assertThat(u.role()).isEqualTo(Role.LAWYER));
            assertThat(users.find(Username.of("cli-user"))).isPresent();
        }
    }

    @Test
    void cliSetsUpSharesAndUnsealsARunningServerOverHttp() throws Exception {
        try (ConfigurableApplicationContext server = start()) {
            CliRun notSetUp = cli("demo", "generate", "--cases", "5");
            assertThat(notSetUp.exitCode()).isEqualTo(2);
            assertThat(notSetUp.err().trim()).isEqualTo("error: The vault is not set up yet");

            CliRun init = cli("vault", "init", "--shares", "3", "--threshold", "2");
            assertThat(init.exitCode()).as(init.err()).isZero();
            List<String> shares =
                    init.out().lines().filter(l -> l.startsWith("tirek-share-")).toList();
            assertThat(shares).hasSize(3);

            String url = "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
            Vault vault = server.getBean(Vault.class);
            assertThat(vault.status().sealed())
                    .as("the server did not see the CLI's keys")
                    .isTrue();

            CliRun first = cliWithInput(shares.get(2) + "\n", "vault", "unseal", "--url", url);
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains("Accepted: 1 of 2 shares given; still sealed.");
            CliRun wrong = cliWithInput("tirek-share-1-nonsense\n", "vault", "unseal", "--url", url);
            assertThat(wrong.exitCode()).isEqualTo(1);
            assertThat(wrong.err().trim()).isEqualTo("error: This is not a Tirek key share");
            CliRun second = cliWithInput(shares.get(0) + "\n", "vault", "unseal", "--url", url);
            assertThat(second.out()).contains("Unsealed.");
            assertThat(vault.status().sealed()).isFalse();

            // the command line's own process unseals with shares from standard input, then generates
            server.getBean(UserAccounts.class)
                    .create(
                            Username.of("synthetic-worker"),
                            Role.CASEWORKER,
                            Password.of("a long enough password"),
                            false);
            CliRun generated = cliWithInput(
                    shares.get(1) + "\n" + shares.get(2) + "\n", "demo", "generate", "--cases", "260", "--seed", "3");
            assertThat(generated.exitCode()).as(generated.err()).isZero();
            assertThat(generated.out())
                    .contains("[###############################]".substring(1, 31) + "] 100%  260/260 cases")
                    .containsPattern("Generated 260 synthetic cases in [0-9.]+ s");
            assertThat(server.getBean(JdbcClient.class)
                            .sql("select count(*) from case_file where synthetic")
                            .query(Long.class)
                            .single())
                    .isEqualTo(260);
            CliRun zero = cli("demo", "generate", "--cases", "0");
            assertThat(zero.exitCode()).isEqualTo(2);
            assertThat(zero.err().trim()).isEqualTo("error: --cases must be between 1 and 10,000,000");

            CliRun again = cli("vault", "init", "--shares", "3", "--threshold", "2");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err().trim()).isEqualTo("error: The vault is already initialised");
        }
    }

    @Test
    void vaultInitPrintsOnlyItsMessageAndTheSharesOnStandardOutput() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        CliRun init;
        System.setOut(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            init = cli("vault", "init", "--shares", "3", "--threshold", "2");
        } finally {
            System.setOut(console);
        }
        assertThat(init.exitCode()).as(init.err()).isZero();
        List<String> lines = init.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("Vault initialised.");
        assertThat(lines.subList(1, 4)).allMatch(l -> l.startsWith("tirek-share-"));
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .as("log lines on standard output, among the shares")
                .isBlank();

        CliRun status = cli("vault", "status", "--help");
        assertThat(status.out()).contains("whether the vault is set up");
    }

    @Test
    void cliRefusesBadUsageWithOneLineAndExitCode2WithoutStartingAnything() throws Exception {
        CliRun missingRole = cli("user", "create", "--username", "someone");
        assertThat(missingRole.exitCode()).isEqualTo(2);
        assertThat(missingRole.err()).startsWith("error: Missing required option: '--role=<role>'");
        assertThat(missingRole.err().lines().count()).isLessThanOrEqualTo(2);

        CliRun badRole = cli("user", "create", "--username", "someone", "--role", "king");
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err().trim())
                .startsWith("error: Unknown role 'king'")
                .doesNotContain("\tat ");

        CliRun help = cli("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("user").contains("token");
        assertThat(dataDir.resolve("pg")).doesNotExist();
    }

    @Test
    void cliFailsWithExitCode1WhenTheOperationIsRefused() throws Exception {
        CliRun unknown = cli("token", "create", "--username", "nobody-here");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().trim()).isEqualTo("error: No such user");
        CliRun noFeedOwner = cli("token", "revoke-feed", "--username", "nobody-here");
        assertThat(noFeedOwner.exitCode()).isEqualTo(1);
        assertThat(noFeedOwner.err().trim()).isEqualTo("error: No such user");

        CliRun shortPassword = cliWithInput("short\n", "user", "create", "--username", "weak", "--role", "lawyer");
        assertThat(shortPassword.exitCode()).isEqualTo(2);
        assertThat(shortPassword.err().trim()).isEqualTo("error: A password needs at least 12 characters");
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments: they outrank the build's system property that makes databases ephemeral
        return new SpringApplicationBuilder(TirekApplication.class)
                .run(
                        "--tirek.database.ephemeral=false",
                        "--tirek.database.data-dir=" + dataDir,
                        "--server.port=0",
                        "--spring.main.banner-mode=off");
    }

    private CliRun cli(String... args) throws Exception {
        return cliWithInput("a strong cli password\n", args);
    }

    private CliRun cliWithInput(String stdin, String... args) throws Exception {
        String[] all = new String[args.length + 3];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--tirek.database.data-dir=" + dataDir;
        all[args.length + 1] = "--tirek.database.ephemeral=false";
        all[args.length + 2] = "--tirek.vault.kdf.target=1ms";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Method run = Class.forName("org.tirek.cli.TirekCommandLine")
                .getDeclaredMethod(
                        "run",
                        Class.class,
                        String[].class,
                        PrintWriter.class,
                        PrintWriter.class,
                        java.io.InputStream.class);
        run.setAccessible(true);
        int code = (int) run.invoke(
                null,
                TirekApplication.class,
                all,
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new CliRun(code, out.toString(), err.toString());
    }

    record CliRun(int exitCode, String out, String err) {}
}
