-- Announce the summit as it stands (summit.updated through the outbox), so agenda-service learns the summit's days
-- and time zone without waiting for an organizer's PUT /api/summit; every later PUT announces again.
insert into outbox_event (event_id, topic, event_type, aggregate_id, payload, created_at)
select gen_random_uuid(), 'summit.invitations', 'summit.updated', 'summit',
       json_build_object('name', name, 'startsAt', starts_at, 'endsAt', ends_at, 'timezone', timezone,
                         'venue', venue, 'updatedAt', updated_at)::text,
       now()
from summit
where id = 1;
