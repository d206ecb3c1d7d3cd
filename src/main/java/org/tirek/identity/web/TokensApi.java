package org.tirek.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.AccessTokens;
import org.tirek.identity.AccessTokens.TokenSummary;
import org.tirek.identity.TirekUser;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "Access tokens", description = "The caller's personal access tokens")
class TokensApi {

    private final AccessTokens tokens;

    TokensApi(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "List the caller's tokens (never their secrets)")
    List<TokenSummary> list(@AuthenticationPrincipal TirekUser user) {
        return tokens.list(user.name());
    }

    @PostMapping
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a token; the response is the only time its secret is shown")
    Issued issue(@AuthenticationPrincipal TirekUser user, @Valid @RequestBody NewToken body) {
        AccessTokens.IssuedToken issued = tokens.issue(user.name(), body.label());
        return new Issued(issued.id(), issued.label(), issued.secret());
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revoke(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        tokens.revoke(user.name(), id);
    }

    record NewToken(@NotBlank @Size(max = 100) String label) {}

    record Issued(UUID id, String label, String token) {
        @Override
        public String toString() {
            return "Issued[" + id + ", token=redacted]";
        }
    }
}
