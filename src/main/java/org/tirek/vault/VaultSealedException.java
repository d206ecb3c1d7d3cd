package org.tirek.vault;

import org.tirek.platform.ServiceUnavailableException;

/** The vault is sealed (or not initialised): nothing that needs a key can be done (HTTP 503). */
public class VaultSealedException extends ServiceUnavailableException {

    public VaultSealedException() {
        super("The vault is sealed. An administrator or the key custodians must unseal it first.");
    }
}
