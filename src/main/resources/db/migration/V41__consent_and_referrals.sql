-- Consent and referrals (module cases), DOMAIN.md §8.6 and §8.7.
--
-- A consent is given for one purpose and, for sharing and referrals, one recipient organisation; it
-- is in force from the day it was given until its expiry day (inclusive) or its revocation. What the
-- survivor agreed to in detail (conditions) and why consent was revoked are sealed under the case's
-- key; purpose, recipient, method, dates and states stay in clear so that features that need consent
-- can check it in SQL and statistics can count it.

create table case_consent (
    id                uuid primary key,
    case_id           uuid not null references case_file (id),
    purpose           text not null check (purpose in ('SERVICES', 'REFERRAL', 'SHARING', 'LEGAL_ACTION',
                                                       'STATISTICS', 'PUBLICATION')),
    recipient_id      uuid references organisation (id),
    given_by          uuid references person (id),
    method            text not null check (method in ('VERBAL', 'WRITTEN')),
    language          text check (language ~ '^[a-z]{2,3}$'),
    given_on          date not null,
    expires_on        date,
    explained_by      uuid not null,
    explained_by_name text not null,
    conditions_sealed bytea,
    recorded_by       uuid not null,
    recorded_by_name  text not null,
    recorded_at       timestamptz not null,
    revoked_at        timestamptz,
    revoked_by_name   text,
    revocation_sealed bytea,
    check (expires_on is null or expires_on >= given_on),
    check ((revoked_at is null) = (revoked_by_name is null)),
    check (purpose not in ('REFERRAL', 'SHARING') or recipient_id is not null),
    check (purpose not in ('SERVICES', 'STATISTICS', 'PUBLICATION') or recipient_id is null)
);
create index case_consent_case_idx on case_consent (case_id, purpose, recipient_id);

-- What was shared under a consent: the copies a revocation must chase.
create table consent_use (
    id           uuid primary key,
    consent_id   uuid not null references case_consent (id),
    case_id      uuid not null references case_file (id),
    kind         text not null check (kind in ('REFERRAL', 'EVIDENCE_TRANSFER')),
    subject_id   uuid not null,
    used_at      timestamptz not null,
    used_by_name text not null
);
create index consent_use_consent_idx on consent_use (consent_id, used_at);
create index consent_use_case_idx on consent_use (case_id);

-- A referral to a provider organisation, always under a consent of the same case. The outcome is
-- sealed (it may say how the survivor is); service type, provider, status and dates are structural.
create table case_referral (
    id              uuid primary key,
    case_id         uuid not null references case_file (id),
    service_type    text not null check (service_type in ('HEALTH', 'PSYCHOSOCIAL', 'LEGAL', 'SAFETY', 'SHELTER',
                                                          'LIVELIHOOD', 'OTHER')),
    provider_id     uuid not null references organisation (id),
    consent_id      uuid not null references case_consent (id),
    status          text not null check (status in ('PLANNED', 'MADE', 'ACCEPTED', 'DECLINED', 'COMPLETED',
                                                    'CANCELLED')),
    status_on       date not null,
    follow_up_on    date,
    outcome_sealed  bytea,
    created_by      uuid not null,
    created_by_name text not null,
    created_at      timestamptz not null,
    changed_at      timestamptz not null,
    version         integer not null default 0
);
create index case_referral_case_idx on case_referral (case_id, status);
create index case_referral_follow_up_idx on case_referral (follow_up_on)
    where status in ('PLANNED', 'MADE', 'ACCEPTED');

-- Every status a referral has had, with the day it happened and who recorded it.
create table referral_status_change (
    referral_id     uuid not null references case_referral (id) on delete cascade,
    seq             integer not null,
    status          text not null,
    status_on       date not null,
    changed_at      timestamptz not null,
    changed_by_name text not null,
    primary key (referral_id, seq)
);
