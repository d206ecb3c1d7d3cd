-- What an erasure leaves of evidence files (module evidence). A file of an erased case keeps no
-- SHA-256: with it, anyone holding a copy of the file could prove the organisation once had it.
-- Its media type and size stay only when the erasure keeps structural data. The chain of custody
-- ends with an ERASED entry (no reason: reasons are sealed under the destroyed key).

alter table evidence_file add column erased_at timestamptz;
alter table evidence_file alter column sha256 drop not null;
alter table evidence_file alter column media_type drop not null;
alter table evidence_file alter column size_bytes drop not null;
alter table evidence_file add constraint evidence_file_fingerprint_until_erased
    check ((sha256 is null) = (erased_at is not null));
alter table evidence_file add constraint evidence_file_structure_until_erased
    check (erased_at is not null or (media_type is not null and size_bytes is not null));
alter table evidence_file add constraint evidence_file_erased_is_deleted
    check (erased_at is null or deleted_at is not null);

alter table evidence_custody drop constraint evidence_custody_action_check;
alter table evidence_custody add constraint evidence_custody_action_check
    check (action in ('UPLOADED', 'SHARING_COPY_MADE', 'DOWNLOADED', 'EXPORTED', 'TRANSFERRED', 'DELETED',
                      'ERASED'));

-- Cases erased before this version kept their files' fingerprints: apply the same rule to them,
-- as of the approval, with the approver as the actor of the ERASED entry. (A one-time repair that
-- reads the vault's record of approved erasures.)
update evidence_file f
   set erased_at = r.decided_at,
       deleted_at = coalesce(f.deleted_at, r.decided_at),
       sha256 = null,
       sharing_size = null,
       media_type = case when r.keep_structural then f.media_type end,
       size_bytes = case when r.keep_structural then f.size_bytes end
  from erasure_request r
 where r.case_id = f.case_id and r.outcome = 'APPROVED';

insert into evidence_custody (entry_id, file_id, action, actor, actor_name, at)
select gen_random_uuid(), f.id, 'ERASED', r.decided_by, r.decided_by_name, f.erased_at
  from evidence_file f
  join erasure_request r on r.case_id = f.case_id and r.outcome = 'APPROVED'
 where f.erased_at is not null
 order by f.uploaded_at, f.id;
