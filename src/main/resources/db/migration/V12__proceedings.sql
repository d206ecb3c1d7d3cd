-- Legal proceedings (module proceedings). The events are the source of truth: append-only, each
-- with when it happened (instant, the zone it happened in, and whether only the date is known) and
-- when it was recorded; the state columns of proceeding are derived from them by replay and kept
-- for queries. Notes, sources and reference numbers are sealed under the case's key; types, states,
-- dates, jurisdictions and charge categories stay structural, for deadlines, alerts and statistics.

create table proceeding (
    id                  uuid primary key,
    case_id             uuid not null references case_file (id),
    type                text not null,
    jurisdiction        text not null check (jurisdiction ~ '^([A-Z]{2}|ECHR|INTERPOL|EU|UN)$'),
    title               text not null check (length(title) between 1 and 120),
    forum_id            uuid,
    reference_sealed    bytea,
    client_role         text not null,
    requesting_state    text check (requesting_state ~ '^[A-Z]{2}$'),
    opened_on           date not null,
    lead_lawyer_id      uuid,
    lead_lawyer_name    text,
    backup_lawyer_id    uuid,
    backup_lawyer_name  text,
    state               text not null,
    second_state        text,
    regions             jsonb not null,
    terminal            boolean not null default false,
    created_by          uuid not null,
    created_at          timestamptz not null,
    version             integer not null default 0
);
create index proceeding_case_idx on proceeding (case_id, opened_on);
create index proceeding_type_state_idx on proceeding (type, state) where not terminal;

create table proceeding_event (
    id                 uuid primary key,
    proceeding_id      uuid not null references proceeding (id),
    seq                integer not null,
    type               text not null,
    occurred_at        timestamptz not null,
    occurred_zone      text not null,
    date_only          boolean not null,
    attributes         jsonb not null default '{}'::jsonb,
    note_sealed        bytea,
    voids              uuid references proceeding_event (id),
    recorded_at        timestamptz not null,
    recorded_by        uuid not null,
    recorded_by_name   text not null,
    unique (proceeding_id, seq)
);
create index proceeding_event_order_idx on proceeding_event (proceeding_id, occurred_at, seq);
create index proceeding_event_type_idx on proceeding_event (type, occurred_at);

create function proceeding_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'proceeding_event is append-only: record a correction instead';
end;
$$;
create trigger proceeding_event_no_change before update or delete on proceeding_event
    for each row execute function proceeding_event_append_only();
create trigger proceeding_event_no_truncate before truncate on proceeding_event
    for each statement execute function proceeding_event_append_only();

create table proceeding_link (
    id          uuid primary key,
    from_id     uuid not null references proceeding (id),
    to_id       uuid not null references proceeding (id),
    kind        text not null check (kind in ('BLOCKS', 'SUSPENDS', 'TERMINATES', 'EVIDENCE_FOR', 'TRIGGERS_DEADLINE',
                                              'SAME_FACTS')),
    created_by  uuid not null,
    created_at  timestamptz not null,
    check (from_id <> to_id),
    unique (from_id, to_id, kind)
);
create index proceeding_link_to_idx on proceeding_link (to_id);

create table proceeding_charge (
    id                 uuid primary key,
    proceeding_id      uuid not null references proceeding (id),
    article            text not null check (length(article) between 1 and 80),
    category           text not null,
    max_penalty_months integer check (max_penalty_months between 0 and 1200),
    life_or_death      boolean not null default false,
    description_sealed bytea,
    created_by         uuid not null,
    created_at         timestamptz not null
);
create index proceeding_charge_idx on proceeding_charge (proceeding_id);
