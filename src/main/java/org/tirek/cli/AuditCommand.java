package org.tirek.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tirek.audit.Actor;
import org.tirek.audit.AuditVerification;
import org.tirek.audit.CheckpointFile;
import org.tirek.audit.VerificationReport;
import org.tirek.audit.Witness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Verify the audit trail and export its signed checkpoints.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.CheckpointCommand.class})
final class AuditCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Check the whole hash chain and every signed checkpoint; with --checkpoints, also the"
                    + " checkpoints a witness kept (which reveal entries removed from the end). Needs no keys.")
    static final class Verify implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--checkpoints",
                paramLabel = "FILE",
                description = "a file written by 'audit checkpoint export'")
        @Nullable Path checkpoints;

        Verify(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws IOException {
            Witness witness = null;
            if (checkpoints != null) {
                if (!Files.isRegularFile(checkpoints))
                    throw new IllegalArgumentException("No such file: " + checkpoints);
                try (InputStream in = Files.newInputStream(checkpoints)) {
                    witness = CheckpointFile.read(in);
                } catch (IOException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
            }
            VerificationReport report = cli.bean(AuditVerification.class).verify(Actor.system("cli"), witness);
            PrintWriter out = spec.commandLine().getOut();
            if (report.ok()) {
                out.println("OK: " + report.events() + " entries, " + report.checkpoints()
                        + " signed checkpoints verified.");
                out.println("Head: position " + report.headPosition() + ", SHA-256 "
                        + (report.headHash() == null ? "(empty chain)" : report.headHash()));
                if (!report.keyFingerprint().isEmpty()) {
                    out.println("Signing key fingerprint (SHA-256): " + report.keyFingerprint()
                            + (witness == null
                                    ? " (compare it with the one you published)"
                                    : " (from the witness file)"));
                }
                return TirekCommandLine.OK;
            }
            spec.commandLine().getErr().println("FAILED: " + report.problem());
            return TirekCommandLine.FAILED;
        }
    }

    @Command(
            name = "checkpoint",
            mixinStandardHelpOptions = true,
            description = "Signed checkpoints of the audit trail.",
            subcommands = {AuditCommand.Export.class})
    static final class CheckpointCommand {}

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = "Write every signed checkpoint and the public key to a file, to be kept outside the server.")
    static final class Export implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--out",
                required = true,
                paramLabel = "FILE",
                description = "the file to write (not overwritten)")
        Path out = Path.of("");

        Export(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws IOException {
            if (Files.exists(out)) throw new IllegalArgumentException("Will not overwrite " + out);
            try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
                cli.bean(AuditVerification.class).exportCheckpoints(Actor.system("cli"), file);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(out);
                throw e;
            }
            spec.commandLine()
                    .getOut()
                    .println("Checkpoints written to " + out + ". Keep this file outside the server.");
            return TirekCommandLine.OK;
        }
    }
}
