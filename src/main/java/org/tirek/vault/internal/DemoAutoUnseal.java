package org.tirek.vault.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

/**
 * Demo instances only ({@code TIREK_DEMO=true}): sets the vault up with a published passphrase and
 * unseals it at every start, loudly. Refused, and the start fails, on an instance that is not a
 * demo, because an auto-unsealed vault protects nothing against seizure. A vault set up with real
 * shares or another passphrase is left sealed, with one line in the log, and the server starts.
 */
@Component
@Order(0)
class DemoAutoUnseal implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAutoUnseal.class);
    static final String DEMO_PASSPHRASE = "tirek demo passphrase - not secret";
    static final String NOT_THE_DEMOS =
            "The demo auto-unseal cannot open this vault: it was not set up by the demo. Unseal it by hand.";

    private final Vault vault;
    private final boolean autoUnseal;
    private final boolean demo;

    DemoAutoUnseal(
            Vault vault,
            @Value("${tirek.vault.demo-auto-unseal:false}") boolean autoUnseal,
            @Value("${tirek.demo:false}") boolean demo) {
        this.vault = vault;
        this.autoUnseal = autoUnseal;
        this.demo = demo;
        if (autoUnseal && !demo) {
            throw new IllegalStateException(
                    "tirek.vault.demo-auto-unseal is set but TIREK_DEMO is not: refusing to auto-unseal a real vault");
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!autoUnseal || !demo) return;
        log.warn("DEMO: the vault is unsealed automatically with a published passphrase."
                + " Never store real cases on this instance.");
        VaultStatus status = vault.status();
        if (!status.initialized()) {
            vault.initWithPassphrase(DEMO_PASSPHRASE);
            return;
        }
        if (!status.sealed()) return;
        boolean shares = MasterRecord.SHARES.equals(status.method());
        if (shares || !unsealedWithTheDemoPassphrase()) log.warn(NOT_THE_DEMOS);
    }

    /** One attempt; a wrong passphrase counts as a failed unseal, like any other. */
    private boolean unsealedWithTheDemoPassphrase() {
        try {
            vault.unseal(DEMO_PASSPHRASE);
            return true;
        } catch (InvalidRequestException e) {
            return false;
        }
    }
}
