-- Incidents of a case (module incidents). Every column but the narrative is structural and stays in
-- clear for aggregate statistics: core type, contexts, dates and their precision, region and kind of
-- place, perpetrators' relationship, count, age band and sex, and the derived reporting delay. The
-- narrative is sealed under the case's data key, bound to the row's version.

create table incident (
    id                    uuid primary key,
    case_id               uuid not null references case_file (id),
    core_type             text not null check (core_type in ('RAPE', 'SEXUAL_ASSAULT', 'PHYSICAL_ASSAULT',
                              'FORCED_MARRIAGE', 'DENIAL_OF_RESOURCES', 'PSYCHOLOGICAL_ABUSE', 'NON_GBV')),
    reported_on           date not null,
    -- the partial incident date: its first day and how much of it is known
    occurred_from         date,
    occurred_precision    text check (occurred_precision in ('YEAR', 'MONTH', 'DAY')),
    time_of_day           text not null check (time_of_day in ('MORNING', 'AFTERNOON', 'EVENING', 'NIGHT',
                              'UNKNOWN')),
    region                text check (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    area_category         text check (area_category in ('URBAN', 'RURAL', 'CAMP', 'ONLINE', 'OTHER')),
    prior_incidents       text not null check (prior_incidents in ('YES', 'NO', 'UNKNOWN')),
    reported_by_survivor  boolean not null,
    reporting_delay       text not null check (reporting_delay in ('DAYS_0_3', 'DAYS_4_5', 'DAYS_6_14',
                              'DAYS_15_30', 'OVER_1_MONTH', 'NOT_COMPUTABLE')),
    reporting_delay_days  integer check (reporting_delay_days >= 0),
    narrative_sealed      bytea,
    recorded_by           uuid not null,
    recorded_by_name      text not null,
    recorded_at           timestamptz not null,
    changed_at            timestamptz not null,
    version               integer not null default 0,
    constraint incident_date_has_precision check ((occurred_from is null) = (occurred_precision is null)),
    constraint incident_not_after_report check (occurred_from is null or occurred_from <= reported_on)
);
create index incident_case_idx on incident (case_id, reported_on desc, recorded_at desc);
create index incident_type_idx on incident (core_type, occurred_from);
create index incident_region_idx on incident (region, occurred_from);

create table incident_context (
    incident_id uuid not null references incident (id) on delete cascade,
    context     text not null check (context in ('DOMESTIC_VIOLENCE', 'INTIMATE_PARTNER_VIOLENCE',
                    'SEXUAL_EXPLOITATION', 'CHILD_SEXUAL_ABUSE', 'INCEST', 'EARLY_MARRIAGE',
                    'HARMFUL_TRADITIONAL_PRACTICE', 'POSSIBLE_TRAFFICKING', 'OTHER')),
    primary key (incident_id, context)
);

create table incident_perpetrator (
    incident_id  uuid not null references incident (id) on delete cascade,
    position     integer not null check (position >= 0),
    relationship text not null check (relationship in ('INTIMATE_PARTNER', 'FORMER_PARTNER', 'FAMILY_MEMBER',
                     'ACQUAINTANCE', 'STRANGER', 'AUTHORITY_FIGURE', 'EMPLOYER', 'OTHER', 'UNKNOWN')),
    count        integer check (count between 1 and 999),
    age_band     text not null check (age_band in ('AGE_0_11', 'AGE_12_17', 'AGE_18_25', 'AGE_26_40',
                     'AGE_41_60', 'AGE_61_PLUS', 'UNKNOWN')),
    sex          text not null check (sex in ('FEMALE', 'MALE', 'MIXED', 'UNKNOWN')),
    primary key (incident_id, position)
);
