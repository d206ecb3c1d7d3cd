package org.tirek.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.tirek.identity.TirekUser;

/**
 * Password sign-in behind the lock-out: a locked name is refused before its password is checked,
 * every failure is counted, and success clears the count. Failures for unknown and known names
 * look the same to the caller.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    static final String LOCKED = "locked";

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Users users;
    private final IdentityAudit audit;

    ThrottledSignIn(AuthenticationProvider passwords, LoginThrottle throttle, Users users, IdentityAudit audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        if (throttle.lockedUntil(name).isPresent()) {
            audit.signInRefused(users.findByUsername(name), false);
            throw new LockedException(LOCKED);
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            if (result == null || !(result.getPrincipal() instanceof TirekUser user)) {
                throw new BadCredentialsException("bad credentials");
            }
            throttle.reset(name);
            audit.signedIn(user.id(), user.getUsername());
            return result;
        } catch (AuthenticationException e) {
            boolean locked = throttle.recordFailure(name);
            audit.signInRefused(users.findByUsername(name), locked);
            if (locked) throw new LockedException(LOCKED);
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
