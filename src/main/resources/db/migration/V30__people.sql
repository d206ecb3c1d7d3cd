-- Persons, their sealed identities, name indexes and parts in cases; organisations (module people).
-- Structural fields of a person stay in clear for lists, statistics and the duplicate check; the
-- identity and safe-contact rules are sealed under the person's own key (scope person:<id>) in a
-- table of their own. Name indexes are keyed HMACs (blind indexes), never names.

create table person (
    id              uuid primary key,
    client_code     text not null unique
                    check (client_code ~ '^CL-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$'),
    kind            text not null check (kind in ('SURVIVOR', 'DEFENDER', 'PERPETRATOR', 'WITNESS', 'LAWYER',
                                                  'OFFICIAL', 'FAMILY', 'CONTACT', 'OTHER')),
    sex             text check (sex in ('FEMALE', 'MALE', 'OTHER')),
    age_band        text check (age_band in ('AGE_0_11', 'AGE_12_17', 'AGE_18_25', 'AGE_26_40', 'AGE_41_60',
                                             'AGE_61_PLUS')),
    birth_year      integer check (birth_year between 1900 and 2100),
    nationality     text check (nationality ~ '^[A-Z]{2}$'),
    displacement    text check (displacement in ('RESIDENT', 'REFUGEE', 'ASYLUM_SEEKER', 'IDP', 'STATELESS',
                                                 'MIGRANT', 'UNKNOWN')),
    languages       text[] not null default '{}',
    region          text check (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    vulnerabilities text[] not null default '{}',
    created_by      uuid not null,
    created_at      timestamptz not null,
    changed_at      timestamptz not null,
    erased_at       timestamptz,
    version         integer not null default 0
);
create index person_structure_idx on person (nationality, sex, birth_year);

-- One row per person: the sealed identity (names, birth date, contacts, documents) and the sealed
-- safe-contact rules, each a JSON document encrypted as a whole (which parts are filled in is not
-- visible either).
create table person_identity (
    person_id           uuid primary key references person (id),
    identity_sealed     bytea not null,
    safe_contact_sealed bytea not null
);

-- Blind indexes of a person's normalised names (legal name and aliases): HMAC-SHA256 under the
-- organisation's blind-index key, so that equal names are found without decrypting anyone.
create table person_name_index (
    person_id  uuid not null references person (id),
    name_index bytea not null check (length(name_index) = 32),
    primary key (person_id, name_index)
);
create index person_name_index_idx on person_name_index (name_index);

create table case_party (
    case_id   uuid not null references case_file (id),
    person_id uuid not null references person (id),
    role      text not null check (role in ('SURVIVOR', 'CLIENT', 'DEFENDER', 'PERPETRATOR', 'WITNESS', 'FAMILY',
                                            'LAWYER', 'CONTACT')),
    added_by      uuid not null,
    added_by_name text not null,
    added_at      timestamptz not null,
    primary key (case_id, person_id, role)
);
create index case_party_person_idx on case_party (person_id, case_id);

create table organisation (
    id          uuid primary key,
    name        text not null check (length(name) between 1 and 200),
    kind        text not null check (kind in ('COURT', 'PROSECUTOR', 'MINISTRY', 'POLICE', 'NGO', 'OVERSIGHT_BODY',
                                              'INTERNATIONAL_BODY', 'EMBASSY', 'SHELTER', 'HEALTH', 'LEGAL_AID',
                                              'OTHER')),
    country     text check (country ~ '^[A-Z]{2}$'),
    region      text check (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    phone       text check (length(phone) <= 100),
    email       text check (length(email) <= 200),
    website     text check (length(website) <= 300),
    address     text check (length(address) <= 500),
    created_by  uuid not null,
    created_at  timestamptz not null,
    changed_at  timestamptz not null,
    archived_at timestamptz,
    version     integer not null default 0
);
create index organisation_kind_idx on organisation (kind, lower(name)) where archived_at is null;
