-- Consent ticked by a reporter on the anonymous report form (module cases): recorded on the case when
-- intake turns the report into a case, under its own method so that nobody mistakes it for consent a
-- team member explained and recorded with the person.

alter table case_consent drop constraint case_consent_method_check;
alter table case_consent add constraint case_consent_method_check
    check (method in ('VERBAL', 'WRITTEN', 'REPORT_FORM'));
