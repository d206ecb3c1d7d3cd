-- Deadlines of proceedings (module proceedings), computed from the rule packs when events are
-- recorded or corrected. Structural, so that the board, the status job and the escalation work in
-- SQL: rule, basis, confidence, counting, dates, statuses, usernames. Sensitive: the reasons a
-- lawyer gives for an override or a waiver, sealed under the case's key.

create table deadline (
    id                      uuid primary key,
    proceeding_id           uuid not null references proceeding (id),
    case_id                 uuid not null,
    rule_id                 text not null,
    pack_id                 text not null,
    pack_version            text not null,
    label                   text not null,
    basis                   text not null,
    confidence              text not null check (confidence in ('VERIFIED', 'SECONDARY', 'UNVERIFIED')),
    note                    text,
    counting                jsonb not null,
    calendar_incomplete     boolean not null default false,
    start_event_id          uuid not null references proceeding_event (id),
    start_event_type        text not null,
    started_at              timestamptz not null,
    start_date_only         boolean not null,
    computed_due            timestamptz not null,
    computed_due_date       date not null,
    due_zone                text not null,
    hours_based             boolean not null,
    warn_seconds            bigint not null check (warn_seconds >= 0),
    override_due            timestamptz,
    override_reason_sealed  bytea,
    overridden_by           uuid,
    overridden_by_name      text,
    overridden_at           timestamptz,
    effective_due           timestamptz generated always as (coalesce(override_due, computed_due)) stored,
    status                  text not null check (status in ('UPCOMING', 'DUE_SOON', 'OVERDUE', 'MET', 'WAIVED')),
    closed_cause            text check (closed_cause in ('EVENT', 'MANUAL', 'PROCEEDING_ENDED', 'SUPERSEDED')),
    closed_event_id         uuid,
    closed_event_type       text,
    closed_at               timestamptz,
    waived_by               uuid,
    waived_by_name          text,
    waive_reason_sealed     bytea,
    acknowledged_by         uuid,
    acknowledged_by_name    text,
    acknowledged_at         timestamptz,
    lead_lawyer_id          uuid,
    lead_lawyer_name        text,
    backup_lawyer_id        uuid,
    backup_lawyer_name      text,
    escalated_at            timestamptz,
    escalation_task_id      uuid,
    -- a digest of every computed column: a recompute that gives the same writes nothing
    computation             text not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    unique (proceeding_id, rule_id, start_event_id),
    check ((override_due is null) = (override_reason_sealed is null)),
    check ((status in ('MET', 'WAIVED')) = (closed_cause is not null))
);
create index deadline_case_idx on deadline (case_id, effective_due);
create index deadline_open_idx on deadline (effective_due) where status in ('UPCOMING', 'DUE_SOON', 'OVERDUE');

-- The rule packs the stored deadlines were computed with (ids and versions): when it differs at
-- start, every proceeding's deadlines are recomputed.
create table deadline_rules_applied (
    id           integer primary key check (id = 1),
    fingerprint  text not null,
    applied_at   timestamptz not null
);
insert into deadline_rules_applied (id, fingerprint, applied_at) values (1, '', now());
