-- Accounts, sign-in throttling and personal access tokens (module identity).

create table app_user (
    id                   uuid primary key,
    username             text not null,
    role                 text not null check (role in ('ADMIN', 'COORDINATOR', 'LAWYER', 'CASEWORKER', 'ANALYST')),
    password_hash        text not null,
    must_change_password boolean not null default false,
    enabled              boolean not null default true,
    demo                 boolean not null default false,
    created_at           timestamptz not null,
    password_changed_at  timestamptz
);
create unique index app_user_username_uq on app_user (username);

-- Failed sign-ins, keyed by SHA-256 of the submitted username so that unknown and known names are
-- throttled alike (the response must not reveal whether an account exists).
create table login_throttle (
    subject_hash    bytea primary key,
    failures        integer not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz
);

create table access_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    label        text not null,
    token_hash   bytea not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index access_token_hash_uq on access_token (token_hash);
create index access_token_user_idx on access_token (user_id);
