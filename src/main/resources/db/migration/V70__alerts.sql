-- Safeguard alerts (module proceedings, DOMAIN.md §7). An alert is derived: the rules are evaluated
-- from the proceedings' states, events, charges and links in the transaction of every change, and
-- daily for the rules that depend on the passing of time. At most one alert per rule and subject is
-- active (open or acknowledged); when its condition no longer holds it is resolved, never deleted.
-- Explanations are stored as a message key and structural arguments (states, types, dates), never
-- as text; the acknowledgement's note is free text and therefore sealed under the case's key.

create table safeguard_alert (
    id                   uuid primary key,
    case_id              uuid not null references case_file (id),
    rule                 text not null check (rule ~ '^A[0-9]{1,2}$'),
    subject              text not null check (length(subject) between 1 and 120),
    severity             text not null check (severity in ('CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO')),
    explanation_key      text not null,
    explanation_args     jsonb not null default '[]'::jsonb,
    links                jsonb not null default '[]'::jsonb,
    status               text not null check (status in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    opened_at            timestamptz not null,
    changed_at           timestamptz not null,
    acknowledged_by      uuid,
    acknowledged_by_name text,
    acknowledged_at      timestamptz,
    ack_note_sealed      bytea,
    resolved_at          timestamptz,
    check ((status = 'RESOLVED') = (resolved_at is not null)),
    check (status <> 'ACKNOWLEDGED' or acknowledged_at is not null)
);
-- idempotence: one active alert per rule and subject of a case
create unique index safeguard_alert_active_idx on safeguard_alert (case_id, rule, subject) where status <> 'RESOLVED';
create index safeguard_alert_case_idx on safeguard_alert (case_id, opened_at desc);
create index safeguard_alert_urgent_idx on safeguard_alert (severity, opened_at desc) where status <> 'RESOLVED';

-- Facts about the client that the safeguard rules need and the proceedings do not hold: a record of
-- human-rights-defender activity (A9) and plans to travel or leave the country (A13). Structural flags.
create table case_safeguard_fact (
    case_id      uuid not null references case_file (id),
    fact         text not null check (fact in ('HRD_ACTIVITY', 'TRAVEL_PLANNED')),
    recorded_by  uuid not null,
    recorded_at  timestamptz not null,
    primary key (case_id, fact)
);

-- Staff who asked for the daily digest by e-mail (sent only when SMTP is configured). The address
-- is a staff member's work address, not case data; the mail carries case references, rules and
-- severities only.
create table alert_digest_recipient (
    user_id     uuid primary key,
    address     text not null check (length(address) between 3 and 254 and address ~ '^[^@\s]+@[^@\s]+$'),
    created_at  timestamptz not null
);
