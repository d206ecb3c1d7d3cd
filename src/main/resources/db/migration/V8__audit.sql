-- The audit trail (module audit). Entries are inserted unchained with their id queued in
-- audit_pending; one sealer chains them: audit_chain.hash = SHA-256(previous hash || canonical
-- bytes of the entry). audit_event, audit_chain and audit_checkpoint are append-only: the database
-- refuses UPDATE, DELETE and TRUNCATE on them. Entries hold no sensitive values.

create table audit_event (
    id           bigserial primary key,
    recorded_at  timestamptz not null,
    actor_kind   text not null check (actor_kind in ('USER', 'SYSTEM', 'ANONYMOUS')),
    actor_id     uuid,
    actor_name   text not null,
    action       text not null,
    kind         text not null check (kind in ('READ', 'WRITE', 'SECURITY')),
    subject_type text,
    subject_id   text,
    case_id      uuid,
    request_id   text,
    outcome      text not null check (outcome in ('SUCCESS', 'DENIED', 'FAILED'))
);
create index audit_event_case_idx on audit_event (case_id, id) where case_id is not null;
create index audit_event_actor_idx on audit_event (actor_name, id);
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_time_idx on audit_event (recorded_at, id);

-- The sealer's queue: an entry's id waits here from its transaction's commit until it is chained.
create table audit_pending (
    event_id bigint primary key references audit_event (id)
);

create table audit_chain (
    seq       bigint primary key check (seq >= 1),
    event_id  bigint not null unique references audit_event (id),
    hash      bytea not null check (length(hash) = 32),
    sealed_at timestamptz not null
);

-- Ed25519 signatures over (position, head hash, time), made with the organisation's key.
create table audit_checkpoint (
    seq        bigint primary key references audit_chain (seq),
    head_hash  bytea not null check (length(head_hash) = 32),
    signed_at  timestamptz not null,
    public_key bytea not null,
    signature  bytea not null
);

-- Results of verifications, newest last, for the dashboards of every instance.
create table audit_verification (
    id              bigserial primary key,
    ok              boolean not null,
    events          bigint not null,
    head_hash       text,
    checkpoints     integer not null,
    waiting         bigint not null,
    broken_position bigint,
    broken_event    bigint,
    problem         text,
    key_fingerprint text not null,
    checked_at      timestamptz not null
);

create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: the audit trail cannot be changed', tg_table_name;
end;
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_append_only();
create trigger audit_chain_no_change before update or delete on audit_chain
    for each row execute function audit_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_append_only();
create trigger audit_checkpoint_no_change before update or delete on audit_checkpoint
    for each row execute function audit_append_only();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_append_only();
