package org.tirek.identity.internal;

import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form sign-in. */
@Service
class AccountDetails implements UserDetailsService {

    private final Users users;

    AccountDetails(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                .map(UserRow::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
