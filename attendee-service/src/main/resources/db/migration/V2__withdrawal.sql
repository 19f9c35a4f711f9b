-- A withdrawal can arrive before the acceptance it withdraws (replays, re-delivery): it is kept as a tombstone
-- row (status WITHDRAWN, no personal data yet), so the late acceptance does not bring the attendee back.
alter table attendee alter column email drop not null;
alter table attendee alter column full_name drop not null;
alter table attendee alter column company drop not null;
alter table attendee alter column locale drop not null;
alter table attendee add column withdrawn_at timestamptz;
alter table attendee add column withdraw_reason text;
