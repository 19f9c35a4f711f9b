-- Next year (docs/api.md "A summit day: feedback and next year"): an attendee's answer, one per attendee, replaced
-- whole by a later one. volunteer_for, suggested_topics, nominees: JSON arrays.
create table next_year (
    attendee_id      uuid        primary key references attendee (id),
    summit_id        integer     not null,
    would_return     boolean     not null,
    volunteer_for    text        not null default '[]',
    suggested_topics text        not null default '[]',
    nominees         text        not null default '[]',
    updated_at       timestamptz not null
);
create index next_year_edition on next_year (summit_id);
