-- Editions are announced (summit.updated) by the service's own code, from the contract's record: every change, and
-- at start every edition never announced. announced_at says which were. The announcement V3 wrote by hand (before
-- editions existed, in an older shape) is dropped while it is still unsent: a new install announces its edition from
-- the code instead. An install that sent it long ago announces its editions once more, which is harmless: the event
-- says how an edition stands.
alter table summit add column announced_at timestamptz;
delete from outbox_event
where event_type = 'summit.updated' and published_at is null and payload not like '%"summitId"%';
