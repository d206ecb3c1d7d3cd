-- Evidence ciphertext kept in the database when tirek.evidence.store=database (module evidence):
-- 1 MiB parts of ciphertext only; a blob is readable once complete.

create table evidence_blob (
    blob_key   text primary key check (blob_key ~ '^[0-9a-f-]{36}(-sharing)?$'),
    complete   boolean not null,
    parts      integer,
    created_at timestamptz not null,
    check (not complete or parts is not null)
);

create table evidence_blob_part (
    blob_key text not null references evidence_blob (blob_key) on delete cascade,
    part     integer not null check (part >= 0),
    bytes    bytea not null,
    primary key (blob_key, part)
);
-- ciphertext does not compress: store it as it is, out of line
alter table evidence_blob_part alter column bytes set storage external;
