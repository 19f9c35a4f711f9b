-- Editions: an attendee belongs to the edition of the invitation they accepted (invitation.accepted's summitId).
-- Everyone so far belongs to the first edition; the default keeps that true for a replica of the previous version
-- during a rolling upgrade. Adding the column with a constant default rewrites no row.
alter table attendee add column summit_id integer not null default 1;
create index attendee_edition on attendee (summit_id, status, registered_at);
drop index attendee_status;
