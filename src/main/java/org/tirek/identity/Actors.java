package org.tirek.identity;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tirek.audit.Actor;

/**
 * Who is acting, for the audit trail: the signed-in user of this request, an anonymous caller of a
 * public endpoint (a custodian unsealing, a reporter), or the system (the command line, a job).
 */
public final class Actors {

    private Actors() {}

    public static Actor of(TirekUser user) {
        return Actor.user(user.id(), user.getUsername());
    }

    /**
     * The actor of the current thread's security context: a {@link TirekUser} as itself, an
     * anonymous web caller as anonymous, and no authentication at all as the system ({@code part}).
     */
    public static Actor current(String part) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) return Actor.system(part);
        if (auth.getPrincipal() instanceof TirekUser user) return of(user);
        if (auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) return Actor.anonymous();
        return Actor.system(part);
    }
}
