-- Evidence files and their chain of custody (module evidence). Content lives outside the database,
-- encrypted; the original name and custody reasons are sealed under the case's data key.

create table evidence_file (
    id              uuid primary key,
    case_id         uuid not null,
    name_sealed     bytea not null,
    media_type      text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          bytea not null check (length(sha256) = 32),
    sharing_copy    text not null check (sharing_copy in ('STRIPPED', 'NOT_SUPPORTED', 'TOO_LARGE', 'FAILED')),
    sharing_size    bigint,
    uploaded_by     uuid not null,
    uploaded_at     timestamptz not null,
    deleted_at      timestamptz
);
create index evidence_file_case_idx on evidence_file (case_id, uploaded_at);

-- Append-only: the application never updates or deletes custody entries, and the database refuses to.
create table evidence_custody (
    sequence      bigserial primary key,
    entry_id      uuid not null unique,
    file_id       uuid not null references evidence_file (id),
    action        text not null check (action in ('UPLOADED', 'SHARING_COPY_MADE', 'DOWNLOADED', 'EXPORTED',
                                                  'TRANSFERRED', 'DELETED')),
    actor         uuid not null,
    actor_name    text not null,
    at            timestamptz not null,
    reason_sealed bytea
);
create index evidence_custody_file_idx on evidence_custody (file_id, sequence);

create function evidence_custody_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'evidence_custody is append-only';
end;
$$;
create trigger evidence_custody_no_update before update or delete on evidence_custody
    for each row execute function evidence_custody_append_only();
create trigger evidence_custody_no_truncate before truncate on evidence_custody
    for each statement execute function evidence_custody_append_only();
