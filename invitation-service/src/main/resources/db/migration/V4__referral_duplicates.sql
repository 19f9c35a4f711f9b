-- A nomination of someone already invited or nominated is kept (and counts against the quota) instead of being
-- refused with a 409 that told the attendee who is on the guest list; organizers see why it is a duplicate.
alter table referral add column duplicate text;
