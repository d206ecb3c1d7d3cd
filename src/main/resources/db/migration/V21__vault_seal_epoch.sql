-- Sealing reaches every instance (module vault): sealing any instance bumps the epoch, and every
-- unsealed instance that sees it differ from the value it read at its own unseal seals itself
-- (each checks once a second).
create table vault_seal_epoch (
    id        smallint primary key check (id = 1),
    epoch     bigint not null,
    sealed_at timestamptz
);
insert into vault_seal_epoch (id, epoch) values (1, 0);
