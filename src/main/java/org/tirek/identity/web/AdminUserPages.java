package org.tirek.identity.web;

import java.util.Arrays;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.platform.InvalidRequestException;

/** Administrators manage accounts: list, create (with a one-time password), lift a lock-out. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminUserPages {

    private final UserAccounts accounts;

    AdminUserPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String list(Model model) {
        return page(model);
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String password,
            Model model) {
        try {
            accounts.create(
                    Inputs.username("username", username),
                    Inputs.role("role", role),
                    Inputs.password("password", password),
                    true);
        } catch (InvalidRequestException e) {
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("form", Map.of("username", username, "role", role));
            return page(model);
        }
        return "redirect:/admin/users?created";
    }

    @PostMapping("/admin/users/{username}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    String unlock(@PathVariable String username) {
        accounts.unlock(Inputs.username("username", username));
        return "redirect:/admin/users?unlocked";
    }

    private String page(Model model) {
        model.addAttribute("users", accounts.list());
        model.addAttribute("roles", Arrays.asList(Role.values()));
        if (!model.containsAttribute("form")) model.addAttribute("form", Map.of("username", "", "role", ""));
        return "identity/users";
    }
}
