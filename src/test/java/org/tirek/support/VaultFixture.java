package org.tirek.support;

import org.tirek.vault.Vault;

/** Brings a test context's vault to the unsealed state (initialising it with a test passphrase). */
public final class VaultFixture {

    public static final String PASSPHRASE = "test passphrase for the vault";

    private VaultFixture() {}

    public static void unsealed(Vault vault) {
        if (!vault.status().initialized()) vault.initWithPassphrase(PASSPHRASE);
        else if (vault.status().sealed()) vault.unseal(PASSPHRASE);
    }
}
