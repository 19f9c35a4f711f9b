-- Feedback (docs/api.md "A summit day: feedback"): a rating of a session the attendee was registered for, or of the
-- summit overall (session_id null), one per attendee and target; a second one replaces the first.
create table feedback (
    id          uuid        primary key,
    summit_id   integer     not null,
    attendee_id uuid        not null,
    session_id  uuid        references agenda_session (id),
    rating      smallint    not null check (rating between 1 and 5),
    comment     text,
    given_at    timestamptz not null,
    updated_at  timestamptz not null
);
create unique index feedback_per_session on feedback (attendee_id, session_id) where session_id is not null;
create unique index feedback_per_summit on feedback (attendee_id, summit_id) where session_id is null;
create index feedback_edition on feedback (summit_id, session_id);
