package org.tirek.cli;

import java.util.concurrent.Callable;
import org.tirek.identity.AccessTokens;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Manage personal access tokens and calendar feed addresses.",
        subcommands = {TokenCommand.Create.class, TokenCommand.RevokeFeed.class})
final class TokenCommand {

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Issue an API token for a user and print it once; only its hash is stored.")
    static final class Create implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--label", defaultValue = "command line", description = "what the token is for")
        String label;

        Create(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            AccessTokens.IssuedToken issued = cli.bean(AccessTokens.class).issue(Username.of(username), label);
            spec.commandLine().getOut().println(issued.secret());
            return TirekCommandLine.OK;
        }
    }

    @Command(
            name = "revoke-feed",
            mixinStandardHelpOptions = true,
            description =
                    "Revoke a user's calendar feed address (a lost or seized device); it answers 404 from now on.")
    static final class RevokeFeed implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--username", required = true)
        String username;

        RevokeFeed(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            boolean revoked = cli.bean(CalendarFeeds.class).revoke(Username.of(username));
            spec.commandLine()
                    .getOut()
                    .println(
                            revoked
                                    ? "Revoked the calendar feed address of " + username
                                    : username + " has no calendar feed address in force");
            return TirekCommandLine.OK;
        }
    }
}
