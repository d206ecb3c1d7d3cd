-- Two-person erasure of a case by crypto-shredding (module vault): one person asks, a second
-- (coordinator or administrator) approves; approval destroys the case's keys. Requests are kept
-- for good as the record of the erasure; their reasons are sealed under the organisation's key.

create table erasure_request (
    id                uuid primary key,
    case_id           uuid not null,
    keep_structural   boolean not null,
    reason_sealed     bytea not null,
    requested_by      uuid not null,
    requested_by_name text not null,
    requested_at      timestamptz not null,
    decided_by        uuid,
    decided_by_name   text,
    decided_at        timestamptz,
    outcome           text check (outcome in ('APPROVED', 'REJECTED')),
    check ((outcome is null) = (decided_at is null))
);
create unique index erasure_request_one_pending on erasure_request (case_id) where outcome is null;
