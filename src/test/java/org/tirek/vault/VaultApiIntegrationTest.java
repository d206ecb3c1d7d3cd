package org.tirek.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tirek.identity.Role;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.TooManyRequestsException;
import org.tirek.support.TestFixtures.Accounts;
import org.tirek.support.TirekTest;

/** The vault over HTTP: public status and unseal, admin-only set-up and panic seal, health. */
@TirekTest
@TestPropertySource(properties = {"tirek.vault.kdf.target=1ms", "tirek.vault.unseal.max-failures=3"})
@ExtendWith(OutputCaptureExtension.class)
class VaultApiIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Vault vault;

    @Autowired
    FieldEncryption fields;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void uninitialisedVault() {
        vault.seal();
        jdbc.sql("delete from vault_master").update();
        jdbc.sql("delete from vault_share_check").update();
    }

    @Test
    void adminSetsUpSharesAndCustodiansUnsealOneShareAtATimeWithoutAccounts() throws Exception {
        String admin = accounts.token(Role.ADMIN);
        String body = mvc.perform(post("/api/v1/vault/init")
                        .header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shares\":3,\"threshold\":2}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.shares.length()").value(3))
                .andExpect(jsonPath("$.status.sealed").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String share1 = body.replaceAll("(?s).*\"(tirek-share-1-[^\"]+)\".*", "$1");
        String share3 = body.replaceAll("(?s).*\"(tirek-share-3-[^\"]+)\".*", "$1");

        mvc.perform(post("/api/v1/vault/seal").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$.sealed").value(true));
        mvc.perform(get("/api/v1/vault/status"))
                .andExpect(jsonPath("$.initialized").value(true))
                .andExpect(jsonPath("$.sealed").value(true))
                .andExpect(jsonPath("$.threshold").value(2));
        unseal(share1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sharesSubmitted").value(1));
        unseal(share3).andExpect(status().isOk()).andExpect(jsonPath("$.sealed").value(false));
    }

    @Test
    void healthShowsTheVaultStateAndStaysUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.vault.status").value("UNINITIALIZED"));
        vault.initWithPassphrase("a passphrase of some length");
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.vault.status").value("UP"));
        vault.seal();
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.vault.status").value("SEALED"));
    }

    @Test
    void sealedVaultAnswers503ProblemsAndWrongSecretsAreThrottled() throws Exception {
        vault.initWithPassphrase("a passphrase of some length");
        vault.seal();
        assertThatThrownBy(() ->
                        fields.seal(KeyScope.ofCase(UUID.randomUUID()), FieldRef.of("t", "c", UUID.randomUUID()), "x"))
                .isInstanceOf(VaultSealedException.class);
        String admin = accounts.token(Role.ADMIN);
        mvc.perform(post("/api/v1/vault/rotate-master-key").header("Authorization", "Bearer " + admin))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.detail")
                        .value("The vault is sealed. An administrator or the key custodians must unseal it first."));

        for (int i = 0; i < 3; i++) unseal("wrong passphrase " + i).andExpect(status().isUnprocessableContent());
        unseal("a passphrase of some length").andExpect(status().isTooManyRequests());
        assertThat(vault.status().sealed()).isTrue();
    }

    @Test
    void sealingEndsEverySession() throws Exception {
        vault.initWithPassphrase("a passphrase of some length");
        var user = accounts.create(Role.LAWYER);
        var session = mvc.perform(
                        post("/login")
                                .param("username", user.value())
                                .param("password", org.tirek.support.TestFixtures.PASSWORD)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/vault/seal").header("Authorization", "Bearer " + accounts.token(Role.ADMIN)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void demoAutoUnsealIsRefusedOutsideDemo() {
        assertThatThrownBy(() -> {
                    var constructor = Class.forName("org.tirek.vault.internal.DemoAutoUnseal")
                            .getDeclaredConstructors()[0];
                    constructor.setAccessible(true);
                    constructor.newInstance(vault, true, false);
                })
                .rootCause()
                .hasMessageContaining("refusing to auto-unseal a real vault");
    }

    @Test
    void theDemoAutoUnsealLeavesARealVaultSealedAndSaysSoInOneLine(CapturedOutput output) throws Exception {
        vault.initWithShares(3, 2);
        vault.seal();
        runDemoAutoUnseal();
        assertThat(vault.status().sealed()).isTrue();

        vault.seal();
        jdbc.sql("delete from vault_master").update();
        jdbc.sql("delete from vault_share_check").update();
        vault.initWithPassphrase("a real passphrase, not the demo's");
        vault.seal();
        runDemoAutoUnseal();
        assertThat(vault.status().sealed()).isTrue();
        assertThat(output.getAll()
                        .lines()
                        .filter(l -> l.contains("The demo auto-unseal cannot open this vault: it was not set up by the"
                                + " demo. Unseal it by hand."))
                        .count())
                .isEqualTo(2);
    }

    @Test
    void concurrentUnsealAttemptsRunOneKeyDerivationAtATime() throws Exception {
        vault.initWithPassphrase("a passphrase of some length");
        vault.seal();
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        long wrong;
        try {
            for (int i = 0; i < attempts; i++) {
                String guess = "wrong passphrase number " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        vault.unseal(guess);
                        return "unsealed";
                    } catch (InvalidRequestException e) {
                        return "wrong";
                    } catch (TooManyRequestsException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) results.add(outcome.get(60, TimeUnit.SECONDS));
            wrong = results.stream().filter("wrong"::equals).count();
            assertThat(wrong)
                    .as("derivations of wrong passphrases (at most tirek.vault.unseal.max-failures): %s", results)
                    .isLessThanOrEqualTo(3);
            assertThat(results).anyMatch(r -> r.startsWith("An unseal attempt is already running"));
            assertThat(results).doesNotContain("unsealed");
        } finally {
            pool.shutdownNow();
        }
        if (wrong < 3) {
            assertThat(vault.unseal("a passphrase of some length").sealed())
                    .as("the attempts are over")
                    .isFalse();
        } else {
            assertThatThrownBy(() -> vault.unseal("a passphrase of some length"))
                    .isInstanceOf(TooManyRequestsException.class)
                    .hasMessageStartingWith("Too many wrong unseal attempts");
        }
    }

    private void runDemoAutoUnseal() throws Exception {
        var constructor =
                Class.forName("org.tirek.vault.internal.DemoAutoUnseal").getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        Object demo = constructor.newInstance(vault, true, true);
        var run = demo.getClass().getDeclaredMethod("run", org.springframework.boot.ApplicationArguments.class);
        run.setAccessible(true);
        run.invoke(demo, new org.springframework.boot.DefaultApplicationArguments());
    }

    private org.springframework.test.web.servlet.ResultActions unseal(String secret) throws Exception {
        return mvc.perform(post("/api/v1/vault/unseal")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"secret\":\"" + secret + "\"}"));
    }
}
