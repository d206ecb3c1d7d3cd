-- Tasks of a case (module cases): who does what by when. The title is sealed under the case's key
-- (it often names people); assignee, due date and status stay in clear for the "my tasks" list
-- and for overdue figures.

create table case_task (
    id             uuid primary key,
    case_id        uuid not null references case_file (id),
    title_sealed   bytea not null,
    assignee_id    uuid,
    assignee_name  text,
    due_on         date,
    status         text not null check (status in ('OPEN', 'DONE', 'CANCELLED')),
    origin         text not null default 'MANUAL',
    created_by     uuid not null,
    created_by_name text not null,
    created_at     timestamptz not null,
    closed_at      timestamptz,
    closed_by_name text,
    version        integer not null default 0,
    check ((status = 'OPEN') = (closed_at is null))
);
create index case_task_case_idx on case_task (case_id, status, due_on);
create index case_task_assignee_idx on case_task (assignee_id, status, due_on) where status = 'OPEN';
