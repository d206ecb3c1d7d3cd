package org.tirek.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.identity.AccessTokens;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.platform.InvalidRequestException;
import org.tirek.platform.NotFoundException;

@Service
@Transactional
class AccessTokensImpl implements AccessTokens {

    private final Tokens tokens;
    private final Users users;
    private final IdentityAudit audit;
    private final Clock clock;

    AccessTokensImpl(Tokens tokens, Users users, IdentityAudit audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedToken issue(Username owner, String label) {
        String trimmed = label.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidRequestException(
                    "A token needs a label of 1 to 100 characters", java.util.Map.of("label", "1 to 100 characters"));
        }
        UserRow user = users.findByUsername(owner.value()).orElseThrow(() -> new NotFoundException("No such user"));
        String secret = TokenSecret.generate();
        UUID id = UUID.randomUUID();
        tokens.insert(id, user.id(), trimmed, TokenSecret.hash(secret), clock.instant());
        audit.byCurrent(IdentityAudit.TOKEN_CREATE, "access_token", id);
        return new IssuedToken(id, trimmed, secret);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenSummary> list(Username owner) {
        return users.findByUsername(owner.value())
                .map(u -> tokens.listFor(u.id()))
                .orElse(List.of());
    }

    @Override
    public void revoke(Username owner, UUID tokenId) {
        UserRow user = users.findByUsername(owner.value()).orElseThrow(() -> new NotFoundException("No such token"));
        if (!tokens.revoke(user.id(), tokenId, clock.instant())) throw new NotFoundException("No such token");
        audit.byCurrent(IdentityAudit.TOKEN_REVOKE, "access_token", tokenId);
    }

    /** The enabled user a presented token belongs to, or empty for an unknown or revoked token. */
    Optional<TirekUser> authenticate(String presented) {
        if (!TokenSecret.wellFormed(presented)) return Optional.empty();
        byte[] hash = TokenSecret.hash(presented);
        Optional<TirekUser> user = tokens.activeOwner(hash)
                .flatMap(users::findById)
                .filter(UserRow::enabled)
                .map(UserRow::toPrincipal);
        user.ifPresent(u -> {
            tokens.touch(hash, clock.instant()).ifPresent(id -> audit.tokenUsed(u.id(), u.getUsername(), id));
            u.eraseCredentials();
        });
        return user;
    }
}
