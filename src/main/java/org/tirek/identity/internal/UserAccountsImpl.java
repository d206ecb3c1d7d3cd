package org.tirek.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.identity.Password;
import org.tirek.identity.Role;
import org.tirek.identity.UserAccounts;
import org.tirek.identity.UserSummary;
import org.tirek.identity.Username;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

@Service
@Transactional
class UserAccountsImpl implements UserAccounts {

    private final Users users;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final IdentityAudit audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    UserAccountsImpl(
            Users users,
            LoginThrottle throttle,
            PasswordEncoder encoder,
            IdentityAudit audit,
            JdbcClient jdbc,
            Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.encoder = encoder;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserSummary create(Username username, Role role, Password password, boolean mustChangePassword) {
        return insert(username, role, password, mustChangePassword, false)
                .orElseThrow(() -> new InvalidRequestException(
                        "The username is already taken", Map.of("username", "already taken")));
    }

    /** Inserts unless the name is taken (then empty): safe when several instances start at once. */
    Optional<UserSummary> insert(
            Username username, Role role, Password password, boolean mustChangePassword, boolean demo) {
        Instant now = clock.instant();
        UserRow row = new UserRow(
                UUID.randomUUID(), username.value(), role, hash(password), mustChangePassword, true, demo, now, null);
        if (!users.insert(row)) return Optional.empty();
        audit.byCurrent(IdentityAudit.USER_CREATE, "user", row.id());
        return Optional.of(row.toSummary(now));
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        Instant now = clock.instant();
        return users.list().stream().map(r -> r.toSummary(now)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserSummary> find(Username username) {
        return users.findByUsername(username.value()).map(r -> r.toSummary(clock.instant()));
    }

    @Override
    public void changePassword(Username username, String current, Password replacement) {
        UserRow row = users.findByUsername(username.value()).orElseThrow(() -> new NotFoundException("No such user"));
        if (!encoder.matches(current, row.passwordHash())) {
            throw new InvalidRequestException(
                    "The current password is wrong", Map.of("currentPassword", "wrong password"));
        }
        if (current.equals(replacement.reveal())) {
            throw new InvalidRequestException(
                    "The new password must differ from the current one", Map.of("newPassword", "same as current"));
        }
        users.updatePassword(row.id(), hash(replacement), clock.instant());
        audit.byCurrent(IdentityAudit.PASSWORD_CHANGE, "user", row.id());
    }

    @Override
    public void unlock(Username username) {
        throttle.reset(username.value());
        users.findByUsername(username.value()).ifPresent(u -> audit.byCurrent(IdentityAudit.UNLOCK, "user", u.id()));
    }

    @Override
    @Transactional(readOnly = true)
    public AccountFigures figures() {
        long sessions = jdbc.sql(
                        "select count(*) from spring_session where expiry_time > :now and principal_name is not null")
                .param("now", clock.millis())
                .query(Long.class)
                .single();
        return new AccountFigures(
                users.count(), users.countWithRole(Role.ADMIN), users.countLocked(clock.instant()), sessions);
    }

    private String hash(Password password) {
        return Objects.requireNonNull(encoder.encode(password.reveal()), "password encoder returned nothing");
    }

    boolean adminExists() {
        return users.countWithRole(Role.ADMIN) > 0;
    }
}
