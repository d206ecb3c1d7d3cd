package org.tirek.vault.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

/** Puts the vault's state on every page, so the layout can say when it is sealed. */
@ControllerAdvice(annotations = Controller.class)
class VaultBanner {

    private final Vault vault;

    VaultBanner(Vault vault) {
        this.vault = vault;
    }

    @ModelAttribute("vaultStatus")
    VaultStatus vaultStatus() {
        return vault.status();
    }
}
