-- A file that reached a case through anonymous intake starts its chain of custody when it arrived,
-- with a RECEIVED entry (actor: the anonymous reporter), before it was uploaded into the case.
alter table evidence_custody drop constraint evidence_custody_action_check;
alter table evidence_custody add constraint evidence_custody_action_check
    check (action in ('RECEIVED', 'UPLOADED', 'SHARING_COPY_MADE', 'DOWNLOADED', 'EXPORTED', 'TRANSFERRED',
                      'DELETED', 'ERASED'));
