package org.tirek.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tirek.identity.TirekUser;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "The signed-in user and, for administrators, all accounts")
class UsersApi {

    private final UserAccounts accounts;

    UsersApi(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Who the caller is")
    Me me(@AuthenticationPrincipal TirekUser user) {
        return new Me(user.id(), user.getUsername(), user.role().name(), user.mustChangePassword());
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "List accounts (administrators)")
    List<UserView> list() {
        return accounts.list().stream().map(UserView::of).toList();
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account (administrators); its first sign-in must change the password")
    UserView create(@RequestBody NewUser body) {
        // validated inside, after the role check: @Valid would answer 400 to callers who deserve 403
        return UserView.of(accounts.create(
                Inputs.username("username", body.username()),
                Inputs.role("role", body.role()),
                Inputs.password("password", body.password()),
                true));
    }

    record Me(UUID id, String username, String role, boolean mustChangePassword) {}

    record NewUser(
            @Nullable String username,
            @Nullable String role,
            @Nullable String password) {
        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }

    record UserView(UUID id, String username, String role, boolean enabled, boolean locked, boolean demo) {
        static UserView of(UserSummary s) {
            return new UserView(
                    s.id(), s.username().value(), s.role().name(), s.enabled(), s.lockedUntil() != null, s.demo());
        }
    }
}
