package org.tirek.cli;

import java.util.concurrent.Callable;
import org.tirek.intake.IntakeRetention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "intake",
        mixinStandardHelpOptions = true,
        description = "Anonymous intake.",
        subcommands = {IntakeCommand.Purge.class})
final class IntakeCommand {

    @Command(
            name = "purge",
            mixinStandardHelpOptions = true,
            description = "Delete now the reports past their time to live (untriaged, spam, or whose reporter asked for"
                    + " deletion), as the hourly job does. Needs no keys.")
    static final class Purge implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        Purge(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            int deleted = cli.bean(IntakeRetention.class).purge();
            spec.commandLine().getOut().println("Deleted " + deleted + " report(s).");
            return TirekCommandLine.OK;
        }
    }
}
