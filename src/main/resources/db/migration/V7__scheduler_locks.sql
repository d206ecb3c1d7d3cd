-- ShedLock's table (module platform): a scheduled job that must run on one instance at a time
-- (the audit chain sealer, background verification) holds its row while it runs.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);
