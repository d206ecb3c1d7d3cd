package org.tirek.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage accounts.",
        subcommands = {UserCommand.Create.class, UserCommand.ListUsers.class})
final class UserCommand {

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create an account; the password is read from standard input and must be"
                    + " changed at first sign-in.")
    static final class Create implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--username", required = true, description = "3-64 of a-z 0-9 . - _")
        String username;

        @Option(
                names = "--role",
                required = true,
                description = "ADMIN, COORDINATOR, LAWYER, CASEWORKER, ANALYST or AUDITOR")
        String role;

        @Option(names = "--keep-password", description = "do not require a password change at first sign-in")
        boolean keepPassword;

        Create(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            Username name = Username.of(username);
            Role parsed = Role.parse(role);
            Password password = Password.of(cli.readSecretLine("Password for " + name + ": "));
            UserSummary created = cli.bean(UserAccounts.class).create(name, parsed, password, !keepPassword);
            spec.commandLine().getOut().println("Created " + created.username() + " (" + created.role() + ")");
            return TirekCommandLine.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts.")
    static final class ListUsers implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        ListUsers(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (UserSummary user : cli.bean(UserAccounts.class).list()) {
                out.printf(
                        "%-24s %-12s%s%s%n",
                        user.username(),
                        user.role(),
                        user.lockedUntil() != null ? " locked" : "",
                        user.demo() ? " demo" : "");
            }
            return TirekCommandLine.OK;
        }
    }
}
