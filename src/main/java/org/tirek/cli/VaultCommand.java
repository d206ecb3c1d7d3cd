package org.tirek.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Command(
        name = "vault",
        mixinStandardHelpOptions = true,
        description = "Set up, unseal and inspect the key vault.",
        subcommands = {VaultCommand.Init.class, VaultCommand.Unseal.class, VaultCommand.Status.class})
final class VaultCommand {

    @Command(
            name = "init",
            mixinStandardHelpOptions = true,
            description = "Create the master key. Without options the passphrase is read from standard input;"
                    + " with --shares and --threshold the custodian shares are printed, once.")
    static final class Init implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--shares", description = "number of custodian shares (2-10)")
        @Nullable Integer shares;

        @Option(names = "--threshold", description = "shares needed to unseal (2..shares)")
        @Nullable Integer threshold;

        Init(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (shares == null && threshold == null) {
                String passphrase = cli.readSecretLine("Vault passphrase (at least 16 characters): ");
                cli.bean(Vault.class).initWithPassphrase(passphrase);
                out.println("Vault initialised with a passphrase.");
                return TirekCommandLine.OK;
            }
            if (shares == null || threshold == null) {
                throw new IllegalArgumentException("Give both --shares and --threshold");
            }
            List<String> issued = cli.bean(Vault.class).initWithShares(shares, threshold);
            out.println("Vault initialised. Give one share to each custodian; they are not stored anywhere:");
            issued.forEach(out::println);
            return TirekCommandLine.OK;
        }
    }

    @Command(
            name = "unseal",
            mixinStandardHelpOptions = true,
            description = "Send the passphrase or one share (read from standard input) to a running server.")
    static final class Unseal implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(names = "--url", required = true, description = "the server, e.g. https://tirek.example.org")
        String url = "";

        Unseal(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            String secret = cli.readSecretLine("Passphrase or key share: ");
            String body = JsonMapper.shared().writeValueAsString(java.util.Map.of("secret", secret));
            HttpResponse<String> response = post(url, "/api/v1/vault/unseal", body);
            JsonNode json = JsonMapper.shared().readTree(response.body());
            if (response.statusCode() != 200) {
                spec.commandLine()
                        .getErr()
                        .println("error: " + json.path("detail").asString("HTTP " + response.statusCode()));
                return TirekCommandLine.FAILED;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (!json.path("sealed").asBoolean(true)) out.println("Unsealed.");
            else
                out.println("Accepted: " + json.path("sharesSubmitted").asInt() + " of "
                        + json.path("threshold").asInt() + " shares given; still sealed.");
            return TirekCommandLine.OK;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = {
                "Without --url: whether the vault is set up, and how (passphrase or shares), read from the database.",
                "With --url: that server's status as JSON, including whether it is sealed; only a server knows"
                        + " whether it is sealed."
            })
    static final class Status implements Callable<Integer> {

        private final CliContext cli;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--url",
                description = "ask a running server (e.g. https://tirek.example.org) whether it is sealed")
        @Nullable String url;

        Status(CliContext cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (url != null) {
                HttpResponse<String> response = get(url, "/api/v1/vault/status");
                out.println(response.body());
                return response.statusCode() == 200 ? TirekCommandLine.OK : TirekCommandLine.FAILED;
            }
            VaultStatus status = cli.bean(Vault.class).status();
            out.println(status.initialized() ? "initialised (" + status.method() + ")" : "not initialised");
            return TirekCommandLine.OK;
        }
    }

    private static HttpResponse<String> post(String base, String path, String json) throws Exception {
        return http().send(
                        HttpRequest.newBuilder(endpoint(base, path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String base, String path) throws Exception {
        return http().send(
                        HttpRequest.newBuilder(endpoint(base, path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static URI endpoint(String base, String path) {
        URI uri = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("--url must start with https:// (or http:// on this machine)");
        }
        return uri;
    }
}
