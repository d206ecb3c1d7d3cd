-- Cases, their teams, status history and notes (module cases). Structural fields (reference,
-- codename, type, status, priority, region, dates) stay in clear for workflow and statistics; the
-- summary, status reasons and notes are sealed under the case's data key.

create table case_reference_counter (
    year integer primary key,
    last integer not null
);

create table case_file (
    id                uuid primary key,
    reference         text not null unique check (reference ~ '^TRK-[0-9]{4}-[0-9]{4,}$'),
    codename          text not null check (length(codename) between 1 and 80),
    type              text not null check (type in ('SURVIVOR_SUPPORT', 'DEFENDER_PROTECTION')),
    status            text not null check (status in ('OPEN', 'ACTIVE', 'DORMANT', 'CLOSED')),
    priority          text not null check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    region            text check (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    summary_sealed    bytea,
    synthetic         boolean not null default false,
    opened_by         uuid not null,
    opened_at         timestamptz not null,
    status_changed_at timestamptz not null,
    version           integer not null default 0
);
create index case_file_opened_idx on case_file (opened_at desc, id);
create index case_file_status_idx on case_file (status, opened_at desc);
create index case_file_type_idx on case_file (type, opened_at desc);
create index case_file_region_idx on case_file (region, opened_at desc);
create index case_file_priority_idx on case_file (priority, opened_at desc);

create table case_member (
    case_id   uuid not null references case_file (id),
    user_id   uuid not null,
    username  text not null,
    added_by  uuid not null,
    added_at  timestamptz not null,
    primary key (case_id, user_id)
);
create index case_member_user_idx on case_member (user_id, case_id);

create table case_status_change (
    id              uuid primary key,
    case_id         uuid not null references case_file (id),
    from_status     text,
    to_status       text not null,
    reason_sealed   bytea,
    changed_by      uuid not null,
    changed_by_name text not null,
    changed_at      timestamptz not null
);
create index case_status_change_case_idx on case_status_change (case_id, changed_at);

create table case_note (
    id              uuid primary key,
    case_id         uuid not null references case_file (id),
    text_sealed     bytea not null,
    created_by      uuid not null,
    created_by_name text not null,
    created_at      timestamptz not null,
    edited_at       timestamptz,
    version         integer not null default 1,
    last_writer      uuid not null,
    last_writer_name text not null
);
create index case_note_case_idx on case_note (case_id, created_at);

-- Every earlier text of a note, kept when it is edited: notes are never silently rewritten.
create table case_note_revision (
    note_id        uuid not null references case_note (id),
    version        integer not null,
    text_sealed    bytea not null,
    written_by     uuid not null,
    written_by_name text not null,
    written_at     timestamptz not null,
    primary key (note_id, version)
);
