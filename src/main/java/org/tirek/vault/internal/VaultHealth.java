package org.tirek.vault.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

/**
 * The vault as a component of {@code /actuator/health}: {@code UP} when unsealed, {@code SEALED}
 * or {@code UNINITIALIZED} otherwise. These states are mapped to HTTP 200 (the server is alive and
 * serving what it can), and ordered below UP so that the overall status stays UP.
 */
@Component("vault")
class VaultHealth implements HealthIndicator {

    static final Status SEALED = new Status("SEALED", "The vault is sealed; unseal it to work with case data");
    static final Status UNINITIALIZED = new Status("UNINITIALIZED", "The vault has not been set up yet");

    private final Vault vault;

    VaultHealth(Vault vault) {
        this.vault = vault;
    }

    @Override
    public Health health() {
        VaultStatus status = vault.status();
        if (!status.initialized()) return Health.status(UNINITIALIZED).build();
        return status.sealed() ? Health.status(SEALED).build() : Health.up().build();
    }
}
