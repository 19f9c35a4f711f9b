-- Nominations from the next-year form (attendee.next-year-answered): kept against the nominating attendee's edition
-- until the edition after it exists, then each becomes a PENDING referral there (NextYearNominations). A later answer
-- replaces the nominations not yet carried over; one carried over stays, so it is never carried twice.
create table next_year_nomination (
    id                   uuid primary key,
    summit_id            integer     not null references summit (id),
    referrer_attendee_id uuid        not null,
    referrer_invitation  uuid        not null references invitation (id),
    -- as attendee-service keeps it: trimmed, lower case
    email                text        not null,
    answered_at          timestamptz not null,
    referral_id          uuid references referral (id),
    unique (referrer_attendee_id, email)
);
create index next_year_nomination_waiting on next_year_nomination (summit_id) where referral_id is null;
create index next_year_nomination_invitation on next_year_nomination (referrer_invitation);
create index next_year_nomination_referral on next_year_nomination (referral_id);

-- where a referral came from; one from the next-year form names only an email unless the person was invited before,
-- so the organizer names them on approval
alter table referral add column source text not null default 'PEER' check (source in ('PEER', 'NEXT_YEAR_FORM'));
alter table referral add column nominated_in integer references summit (id);
alter table referral alter column full_name drop not null;
alter table referral alter column company drop not null;
alter table referral alter column reason drop not null;
