-- What a row holds of the person (ProfileState), which was told by a missing name alone. Rows without a name were
-- erased (status ERASED), withdrawal tombstones (withdrawn at the moment they were written, never prepared) or
-- anonymised after their archived edition's retention.
alter table attendee add column profile text not null default 'RECEIVED';
update attendee set profile = case
        when status = 'ERASED' then 'REMOVED'
        when status = 'WITHDRAWN' and registered_at = withdrawn_at and preparation_updated_at is null then 'NEVER_RECEIVED'
        else 'REMOVED'
    end
    where full_name is null;
alter table attendee alter column profile drop default;
alter table attendee add constraint attendee_profile check (profile in ('RECEIVED', 'NEVER_RECEIVED', 'REMOVED'));
