package org.tirek.vault.web;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.TooManyRequestsException;
import org.tirek.vault.NeedsKeys;
import org.tirek.vault.UnsealAttemptRunningException;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

/**
 * The vault pages: set-up and panic seal for administrators, unseal for custodians. A refused
 * secret comes back as a message next to its field; the secret itself is never sent back. Shares
 * are shown once, in the answer to the set-up, and never put in the session.
 */
@Controller
class VaultPages {

    private final Vault vault;

    VaultPages(Vault vault) {
        this.vault = vault;
    }

    @GetMapping("/vault")
    @PreAuthorize("hasRole('ADMIN')")
    String manage(Model model) {
        return managePage(model);
    }

    @PostMapping("/vault/init")
    @PreAuthorize("hasRole('ADMIN')")
    String init(
            @RequestParam(defaultValue = "PASSPHRASE") String method,
            @RequestParam(defaultValue = "") String passphrase,
            @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "3") int shares,
            @RequestParam(defaultValue = "2") int threshold,
            Model model) {
        model.addAttribute("shares", shares);
        model.addAttribute("threshold", threshold);
        if ("SHARES".equals(method)) return initWithShares(shares, threshold, model);
        if (!passphrase.equals(confirm)) {
            model.addAttribute("errors", Map.of("confirm", "vault.error.mismatch"));
            return managePage(model);
        }
        try {
            vault.initWithPassphrase(passphrase);
        } catch (InvalidRequestException e) {
            if (e.fieldErrors().containsKey("passphrase")) {
                model.addAttribute("errors", Map.of("passphrase", "vault.error.passphrase.short"));
            } else {
                model.addAttribute("error", "vault.error.initialised");
            }
            return managePage(model);
        }
        return "redirect:/vault?initialised";
    }

    private String initWithShares(int shares, int threshold, Model model) {
        try {
            model.addAttribute("issuedShares", vault.initWithShares(shares, threshold));
        } catch (InvalidRequestException e) {
            if (e.fieldErrors().isEmpty()) model.addAttribute("error", "vault.error.initialised");
            else model.addAttribute("errors", Map.of("threshold", "vault.error.shares"));
        }
        return managePage(model);
    }

    @PostMapping("/vault/seal")
    @PreAuthorize("hasRole('ADMIN')")
    String seal() {
        vault.seal();
        return "redirect:/vault/unseal?sealed";
    }

    @PostMapping("/vault/rotate")
    @NeedsKeys
    @PreAuthorize("hasRole('ADMIN')")
    String rotate() {
        vault.rotateMasterKey();
        return "redirect:/vault?rotated";
    }

    @GetMapping("/vault/unseal")
    @PreAuthorize("permitAll()")
    String unsealForm(Model model) {
        return unsealPage(model);
    }

    @PostMapping("/vault/unseal")
    @PreAuthorize("permitAll()")
    String unseal(@RequestParam(defaultValue = "") String secret, Model model) {
        VaultStatus before = vault.status();
        boolean shares = "SHARES".equals(before.method());
        if (secret.isBlank()) {
            model.addAttribute("error", shares ? "vault.error.share.required" : "vault.error.passphrase.required");
            return unsealPage(model);
        }
        try {
            VaultStatus after = vault.unseal(secret);
            if (after.sealed() && after.sharesSubmitted() > before.sharesSubmitted()) {
                model.addAttribute("accepted", true);
            } else if (after.sealed()) {
                model.addAttribute("error", "vault.error.share.again");
            }
        } catch (InvalidRequestException e) {
            model.addAttribute("error", unsealError(shares, e));
        } catch (UnsealAttemptRunningException e) {
            model.addAttribute("error", "vault.error.busy");
        } catch (TooManyRequestsException e) {
            model.addAttribute("error", "vault.error.throttled");
        }
        return unsealPage(model);
    }

    /** Which message explains a refused secret: the vault names the field when the secret itself is wrong. */
    private static String unsealError(boolean shares, InvalidRequestException e) {
        if (!shares) return "vault.error.passphrase.wrong";
        return e.fieldErrors().containsKey("secret") ? "vault.error.share" : "vault.error.shares.restart";
    }

    private String managePage(Model model) {
        refreshStatus(model);
        model.addAttribute("currentPath", "/vault"); // also after POST /vault/init, for the menu and language links
        return "vault/manage";
    }

    private String unsealPage(Model model) {
        refreshStatus(model);
        return "vault/unseal";
    }

    /** After a change the banner of the layout must not show the state from before it. */
    private void refreshStatus(Model model) {
        VaultStatus status = vault.status();
        model.addAttribute("status", status);
        model.addAttribute("vaultStatus", status);
    }
}
