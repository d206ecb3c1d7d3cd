-- A role that reads and verifies the audit trail and sees no case content (module identity).
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'COORDINATOR', 'LAWYER', 'CASEWORKER', 'ANALYST', 'AUDITOR'));
