package org.tirek.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.AccessTokens;
import org.tirek.identity.Password;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.InvalidRequestException;

/** The signed-in user's own account: password change and personal access tokens. */
@Controller
class AccountPages {

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPages(UserAccounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String passwordForm(@AuthenticationPrincipal TirekUser user, Model model) {
        model.addAttribute("forced", user.mustChangePassword());
        return "identity/password";
    }

    @PostMapping("/account/password")
    @PreAuthorize("isAuthenticated()")
    String changePassword(
            @AuthenticationPrincipal TirekUser user,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmPassword,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("forced", user.mustChangePassword());
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errors", Map.of("confirmPassword", "password.error.mismatch"));
            return "identity/password";
        }
        try {
            accounts.changePassword(user.name(), currentPassword, Password.of(newPassword));
        } catch (IllegalArgumentException e) {
            model.addAttribute("errors", Map.of("newPassword", "password.error.policy"));
            return "identity/password";
        } catch (InvalidRequestException e) {
            String field = e.fieldErrors().keySet().stream().findFirst().orElse("newPassword");
            model.addAttribute("errors", Map.of(field, "password.error." + field));
            return "identity/password";
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        TirekUser updated = user.withPasswordChanged();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/?passwordChanged";
    }

    @GetMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String tokenList(@AuthenticationPrincipal TirekUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user.name()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    @PreAuthorize("isAuthenticated()")
    String issueToken(
            @AuthenticationPrincipal TirekUser user, @RequestParam(defaultValue = "") String label, Model model) {
        try {
            // rendered in this response only: a redirect would carry the secret through the session
            model.addAttribute("issued", tokens.issue(user.name(), label));
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", Map.of("label", "tokens.error.label"));
            model.addAttribute("label", label);
        }
        model.addAttribute("tokens", tokens.list(user.name()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revokeToken(@AuthenticationPrincipal TirekUser user, @PathVariable UUID id) {
        tokens.revoke(user.name(), id);
        return "redirect:/account/tokens?revoked";
    }
}
