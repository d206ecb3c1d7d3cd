package org.tirek.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tirek.evidence.BundleVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        description = "Work with evidence bundles.",
        subcommands = {EvidenceCommand.Verify.class})
final class EvidenceCommand {

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = "Verify an evidence bundle offline: the manifest's Ed25519 signature and every"
                    + " file's SHA-256. Needs no server and no database.")
    static final class Verify implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "BUNDLE", description = "the .zip bundle")
        Path bundle = Path.of("");

        @Option(
                names = "--public-key",
                paramLabel = "PEM",
                description = "the organisation's published public key; without it the key inside the bundle is used")
        @Nullable Path publicKey;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(bundle)) throw new IllegalArgumentException("No such file: " + bundle);
            String pem = publicKey == null ? null : Files.readString(publicKey, StandardCharsets.US_ASCII);
            BundleVerifier.Result result = BundleVerifier.verify(bundle, pem);
            PrintWriter out = spec.commandLine().getOut();
            if (result.ok()) {
                out.println("OK: " + result.files() + " files match the signed manifest.");
                out.println("Signed by the key with SHA-256 fingerprint " + result.keyFingerprint()
                        + (publicKey == null ? " (taken from the bundle: compare it with the published one)" : ""));
                return TirekCommandLine.OK;
            }
            PrintWriter err = spec.commandLine().getErr();
            result.problems().forEach(p -> err.println("FAILED: " + p));
            return TirekCommandLine.FAILED;
        }
    }
}
