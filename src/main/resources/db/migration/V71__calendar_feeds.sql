-- Calendar feeds (module identity): each user's secret address for a calendar application. Only the
-- SHA-256 of the token in the address is stored, as for access tokens; a user has at most one feed
-- in force, and issuing a new one revokes the old.

create table calendar_feed (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    token_hash   bytea not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index calendar_feed_hash_uq on calendar_feed (token_hash);
create unique index calendar_feed_active_uq on calendar_feed (user_id) where revoked_at is null;
