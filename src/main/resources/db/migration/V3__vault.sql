-- Key custody (module vault). Nothing here opens anything without the passphrase or the shares:
-- the master key is stored only wrapped (AES-256-GCM) under a key derived from the passphrase
-- (Argon2id) or reconstructed from custodian shares (Shamir), and data keys only wrapped under it.

create table vault_master (
    id               smallint primary key check (id = 1),
    method           text not null check (method in ('PASSPHRASE', 'SHARES')),
    kdf_salt         bytea,
    kdf_memory_kib   integer,
    kdf_iterations   integer,
    kdf_parallelism  integer,
    share_count      integer,
    share_threshold  integer,
    wrapped_master   bytea not null,
    master_version   integer not null,
    created_at       timestamptz not null,
    rotated_at       timestamptz
);

-- One digest per custodian share, so that a mistyped or foreign share is named at once.
-- A share is 32 random-looking bytes: its salted SHA-256 reveals nothing usable.
create table vault_share_check (
    share_index integer primary key,
    salt        bytea not null,
    digest      bytea not null
);

create table vault_data_key (
    scope          text primary key,
    wrapped_keyset bytea,
    master_version integer not null,
    created_at     timestamptz not null,
    rotated_at     timestamptz,
    destroyed_at   timestamptz,
    check ((wrapped_keyset is null) = (destroyed_at is not null))
);

-- Public halves of the vault's signing keys: readable while sealed, so that anyone can verify.
create table vault_public_key (
    name       text primary key,
    public_key bytea not null,
    created_at timestamptz not null
);
