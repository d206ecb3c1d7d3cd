package org.tirek.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user, as other modules receive it ({@code @AuthenticationPrincipal TirekUser}). It is
 * stored in the session (PostgreSQL), so the password hash is erased after sign-in.
 */
public final class TirekUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String username;
    private final Role role;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private @Nullable String passwordHash;

    public TirekUser(
            UUID id,
            Username username,
            Role role,
            boolean enabled,
            boolean mustChangePassword,
            @Nullable String passwordHash) {
        this.id = id;
        this.username = username.value();
        this.role = role;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public Username name() {
        return Username.of(username);
    }

    public Role role() {
        return role;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same user after the first-sign-in password change. */
    public TirekUser withPasswordChanged() {
        return new TirekUser(id, Username.of(username), role, enabled, false, null);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TirekUser u && u.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "TirekUser[" + username + ", " + role + "]";
    }
}
