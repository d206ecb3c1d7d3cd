package org.tirek.vault.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.platform.InvalidRequestException;
import org.tirek.vault.NeedsKeys;
import org.tirek.vault.Vault;
import org.tirek.vault.VaultStatus;

@RestController
@RequestMapping("/api/v1/vault")
@Tag(name = "Vault", description = "Sealing and unsealing the keys")
class VaultApi {

    private final Vault vault;

    VaultApi(Vault vault) {
        this.vault = vault;
    }

    @GetMapping("/status")
    @PreAuthorize("permitAll()")
    @Operation(summary = "Whether the vault is initialised and sealed, and unseal progress (public)")
    VaultStatus status() {
        return vault.status();
    }

    @PostMapping("/unseal")
    @PreAuthorize("permitAll()")
    @Operation(
            summary = "Offer the passphrase, or one custodian share (public, throttled)",
            description = "Body {\"secret\": \"...\"}. Answers the status after the attempt: sharesSubmitted of"
                    + " threshold, sealed or not. Shares count towards this instance only; with several instances,"
                    + " unseal each one at its own address. One attempt at a time per instance: 429 while another"
                    + " runs, and after too many wrong ones.")
    VaultStatus unseal(@RequestBody Secret body) {
        String secret = body.secret();
        if (secret == null || secret.isBlank()) {
            throw new InvalidRequestException("'secret' is required", Map.of("secret", "required"));
        }
        return vault.unseal(secret);
    }

    @PostMapping("/init")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create the master key (administrators, once)",
            description = "Either {\"passphrase\": \"...\"} or {\"shares\": 3, \"threshold\": 2}; with shares the"
                    + " answer carries them, the only time they are shown.")
    Initialised init(@RequestBody Init body) {
        if (body.passphrase() != null) {
            vault.initWithPassphrase(body.passphrase());
            return new Initialised(vault.status(), List.of());
        }
        if (body.shares() == null || body.threshold() == null) {
            throw new InvalidRequestException(
                    "Give a passphrase, or shares and threshold", Map.of("passphrase", "or shares and threshold"));
        }
        List<String> shares = vault.initWithShares(body.shares(), body.threshold());
        return new Initialised(vault.status(), shares);
    }

    @PostMapping("/seal")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Seal now: forget every key at once and end all sessions (administrators)",
            description = "This instance seals at once; every other instance on the database seals itself within"
                    + " about a second. Ends the sessions of every instance. API tokens are not revoked.")
    VaultStatus seal() {
        vault.seal();
        return vault.status();
    }

    @PostMapping("/rotate-master-key")
    @NeedsKeys
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Replace the master key and rewrap all data keys (administrators)",
            description = "The passphrase or shares stay the same and no data is re-encrypted. Other unsealed"
                    + " instances take the new master key within about a second, and before they next wrap a data"
                    + " key.")
    VaultStatus rotate() {
        vault.rotateMasterKey();
        return vault.status();
    }

    record Secret(@Nullable String secret) {
        @Override
        public String toString() {
            return "Secret[redacted]";
        }
    }

    record Init(
            @Nullable String passphrase,
            @Nullable Integer shares,
            @Nullable Integer threshold) {
        @Override
        public String toString() {
            return "Init[shares=" + shares + ", threshold=" + threshold + "]";
        }
    }

    record Initialised(VaultStatus status, List<String> shares) {
        @Override
        public String toString() {
            return "Initialised[" + status + ", " + shares.size() + " shares]";
        }
    }
}
