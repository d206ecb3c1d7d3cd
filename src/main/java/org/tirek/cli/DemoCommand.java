package org.tirek.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tirek.demo.SyntheticData;
import org.tirek.identity.Username;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Demonstration and benchmark data.",
        subcommands = {DemoCommand.Generate.class})
final class DemoCommand {

    @Command(
            name = "generate",
            mixinStandardHelpOptions = true,
            description =
                    "Add synthetic cases (survivor-support ones with their incidents), marked synthetic everywhere,"
                            + " with teams drawn from the existing"
                            + " coordinator, lawyer and caseworker accounts. Needs the vault unsealed: a demo unseals by itself;"
                            + " otherwise give the passphrase or shares on standard input.")
    static final class Generate implements Callable<Integer> {

        static final int MAX_CASES = 10_000_000;
        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--cases", required = true, paramLabel = "N", description = "how many cases (1 to 10,000,000)")
        int cases;

        @Option(names = "--seed", defaultValue = "1", description = "the same seed gives the same cases (default 1)")
        long seed;

        @Option(
                names = "--team",
                split = ",",
                paramLabel = "USERNAME",
                description = "accounts to put on teams (default: every coordinator, lawyer and caseworker)")
        List<String> team = List.of();

        Generate(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            if (cases < 1 || cases > MAX_CASES) {
                throw new IllegalArgumentException("--cases must be between 1 and 10,000,000");
            }
            List<Username> staff = team.stream().map(Username::of).toList();
            unsealed(cli.bean(Vault.class));
            PrintWriter out = spec.commandLine().getOut();
            ProgressBar bar = new ProgressBar(out, CliContext.onTerminal());
            SyntheticData.Generated generated = cli.bean(SyntheticData.class).generate(cases, seed, staff, bar::show);
            bar.finish();
            double seconds = generated.took().toMillis() / 1000.0;
            out.printf(
                    Locale.ROOT,
                    "Generated %,d synthetic cases in %.1f s (%,.0f cases/s).%n",
                    generated.cases(),
                    seconds,
                    generated.cases() / Math.max(seconds, 0.001));
            return TirekCommandLine.OK;
        }

        private void unsealed(Vault vault) {
            VaultStatus status = vault.status();
            if (!status.initialized()) throw new IllegalArgumentException("The vault is not set up yet");
            while (status.sealed()) {
                status = vault.unseal(cli.readSecretLine("The vault is sealed. Passphrase or key share: "));
            }
        }
    }

    /** One line redrawn in place on a terminal; a line every tenth otherwise (logs, pipes). */
    static final class ProgressBar {

        private static final int WIDTH = 30;
        private final PrintWriter out;
        private final boolean terminal;
        private final long started = System.nanoTime();
        private int lastTenth = -1;

        ProgressBar(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void show(int done, int total) {
            double share = (double) done / total;
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = done / Math.max(seconds, 0.001);
            long eta = Math.round((total - done) / Math.max(rate, 0.001));
            int filled = (int) Math.round(share * WIDTH);
            String line = String.format(
                    Locale.ROOT,
                    "[%s%s] %3d%%  %,d/%,d cases  %,.0f/s  %d:%02d left",
                    "#".repeat(filled),
                    ".".repeat(WIDTH - filled),
                    (int) Math.floor(share * 100),
                    done,
                    total,
                    rate,
                    eta / 60,
                    eta % 60);
            if (terminal) {
                out.print("\r" + line);
                out.flush();
                return;
            }
            int tenth = (int) Math.floor(share * 10);
            if (tenth != lastTenth) {
                lastTenth = tenth;
                out.println(line);
            }
        }

        void finish() {
            if (terminal) out.println();
        }
    }
}
