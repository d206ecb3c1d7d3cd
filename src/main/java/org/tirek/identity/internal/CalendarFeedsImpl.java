package org.tirek.identity.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tirek.identity.CalendarFeeds;
import org.tirek.identity.TirekUser;
import org.tirek.identity.Username;
import org.tirek.platform.NotFoundException;

@Service
@Transactional
class CalendarFeedsImpl implements CalendarFeeds {

    private final FeedRows feeds;
    private final Users users;
    private final IdentityAudit audit;
    private final Clock clock;

    CalendarFeedsImpl(FeedRows feeds, Users users, IdentityAudit audit, Clock clock) {
        this.feeds = feeds;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public IssuedFeed issue(TirekUser owner) {
        if (users.findById(owner.id()).isEmpty()) throw new NotFoundException("No such user");
        String token = TokenSecret.generate(TokenSecret.FEED_PREFIX);
        UUID id = UUID.randomUUID();
        feeds.replace(id, owner.id(), TokenSecret.hash(token), clock.instant());
        audit.byCurrent(IdentityAudit.FEED_CREATE, "calendar_feed", id);
        return new IssuedFeed(id, token);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<FeedSummary> current(TirekUser owner) {
        return feeds.current(owner.id());
    }

    @Override
    public boolean revoke(TirekUser owner) {
        return revoke(owner.id());
    }

    @Override
    public boolean revoke(Username owner) {
        UserRow user = users.findByUsername(owner.value()).orElseThrow(() -> new NotFoundException("No such user"));
        return revoke(user.id());
    }

    private boolean revoke(UUID userId) {
        Optional<UUID> revoked = feeds.revoke(userId, clock.instant());
        revoked.ifPresent(id -> audit.byCurrent(IdentityAudit.FEED_REVOKE, "calendar_feed", id));
        return revoked.isPresent();
    }

    @Override
    public Optional<TirekUser> authenticate(String presented) {
        if (!TokenSecret.wellFormedFeed(presented)) return Optional.empty();
        return feeds.active(TokenSecret.hash(presented))
                .flatMap(feed -> users.findById(feed[1])
                        .filter(UserRow::enabled)
                        .map(row -> {
                            TirekUser user = row.toPrincipal();
                            if (feeds.touch(feed[0], clock.instant()))
                                audit.feedUsed(user.id(), user.getUsername(), feed[0]);
                            user.eraseCredentials();
                            return user;
                        }));
    }
}
