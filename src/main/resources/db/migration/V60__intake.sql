-- Anonymous intake (module intake). Everything a reporter sends is encrypted on arrival, before it
-- is written, to the organisation's intake public key (vault_public_key 'org:intake'): answers,
-- messages and file descriptions with HPKE itself (a fresh encapsulated key each), file content
-- with Tink streaming AEAD under a random key of its own, stored only HPKE-wrapped. Nothing here records who
-- sent it: no address, no user agent, no referrer. A receipt code is kept only as an Argon2id hash,
-- found through a 16-bit HMAC tag (see docs/operators/intake.md).

-- The key of the form tokens' and receipt tags' HMAC: not a secret against the database's reader
-- (it only makes tokens unforgeable from outside and tags useless across installations).
create table intake_secret (
    id         smallint primary key check (id = 1),
    hmac_key   bytea not null check (length(hmac_key) = 32),
    created_at timestamptz not null
);

-- The questionnaire, one row per version (the newest is in use); a report names the version it answered.
create table intake_questionnaire (
    version         integer primary key check (version >= 1),
    definition      text not null,
    created_at      timestamptz not null,
    created_by_name text not null
);

create table intake_report (
    id                    uuid primary key,
    received_at           timestamptz not null,
    questionnaire_version integer not null,
    state                 text not null check (state in ('NEW', 'SPAM', 'CONVERTED', 'ATTACHED')),
    assigned_to           uuid,
    assigned_name         text,
    case_id               uuid,
    triaged_at            timestamptz,
    receipt_tag           integer not null check (receipt_tag between 0 and 65535),
    receipt_salt          bytea not null,
    receipt_hash          bytea not null,
    answers               bytea not null,
    last_reporter_at      timestamptz not null,
    last_staff_at         timestamptz,
    deletion_requested_at timestamptz,
    check ((case_id is null) = (state in ('NEW', 'SPAM')))
);
create index intake_report_tag_idx on intake_report (receipt_tag);
create index intake_report_inbox_idx on intake_report (state, received_at);

-- Messages both ways, each HPKE-encrypted to the intake key (staff replies too).
create table intake_message (
    id          uuid primary key,
    report_id   uuid not null references intake_report (id) on delete cascade,
    sent_at     timestamptz not null,
    author      text not null check (author in ('REPORTER', 'STAFF')),
    staff_id    uuid,
    staff_name  text,
    body        bytea not null,
    check ((author = 'STAFF') = (staff_id is not null))
);
create index intake_message_report_idx on intake_message (report_id, sent_at);

-- Files: the content (Tink streaming AEAD under the file's own key) in intake_file_content; name,
-- media type, size and the SHA-256 computed over the plaintext on arrival sealed in 'meta'.
create table intake_file (
    id          uuid primary key,
    report_id   uuid not null references intake_report (id) on delete cascade,
    received_at timestamptz not null,
    wrapped_key bytea not null,
    meta        bytea not null,
    evidence_id uuid
);
create index intake_file_report_idx on intake_file (report_id, received_at);

create table intake_file_content (
    file_id uuid primary key references intake_file (id) on delete cascade,
    content bytea not null
);

-- Form tokens already used (replay protection across instances), until they would expire anyway.
create table intake_form_use (
    nonce      bytea primary key,
    expires_at timestamptz not null
);
create index intake_form_use_expiry_idx on intake_form_use (expires_at);
