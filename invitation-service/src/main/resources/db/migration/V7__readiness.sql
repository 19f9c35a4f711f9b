-- How far an accepted invitee's preparation got (attendee.preparation-updated), so organizers can invite the people of
-- an earlier edition again by how they prepared (POST /api/summits/{id}/invitations/from-previous).
alter table invitation add column readiness text check (readiness in ('NOT_STARTED', 'IN_PROGRESS', 'READY'));
