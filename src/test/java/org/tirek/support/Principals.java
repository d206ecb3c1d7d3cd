package org.tirek.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tirek.identity.Role;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;

/** MockMvc principals of each role, shaped exactly as sign-in produces them. */
public final class Principals {

    private Principals() {}

    public static RequestPostProcessor as(Role role) {
        TirekUser user = new TirekUser(
                UUID.randomUUID(),
                Username.of("matrix-" + role.name().toLowerCase(java.util.Locale.ROOT)),
                role,
                true,
                false,
                null);
        return as(user);
    }

    /** A request signed in as this user. */
    public static RequestPostProcessor as(TirekUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
