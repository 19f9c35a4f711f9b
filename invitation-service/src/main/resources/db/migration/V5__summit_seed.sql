-- Whether the summit row is still the seed of the install (V1), with dates no organizer chose: while it is, the
-- deadline job keeps it ahead of the clock (SeedSchedule), so a fresh install never shows a summit that has passed.
-- The first PUT /api/summit makes the row the organizers' own.
alter table summit add column seed boolean not null default false;
update summit set seed = true
 where id = 1 and starts_at = timestamptz '2027-03-20 09:00:00+08' and rsvp_deadline = timestamptz '2027-03-06 23:59:00+08';
