-- Peer introductions (docs/api.md "A summit day: introductions"). An attendee's networking card: only those who
-- opted in are ever shown to others. offers / seeks: JSON arrays of short texts.
create table networking (
    attendee_id uuid        primary key references attendee (id),
    opt_in      boolean     not null,
    headline    text,
    offers      text        not null default '[]',
    seeks       text        not null default '[]',
    updated_at  timestamptz not null
);
create index networking_opted_in on networking (attendee_id) where opt_in;

-- One introduction per pair of attendees, whoever asked first: a second request either way is a 409. topics: the
-- themes both cared about when it was asked (comma-separated, as attendee.topics).
create table introduction (
    id            uuid        primary key,
    summit_id     integer     not null,
    from_attendee uuid        not null references attendee (id),
    to_attendee   uuid        not null references attendee (id),
    message       text,
    topics        text        not null default '',
    status        text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    requested_at  timestamptz not null,
    answered_at   timestamptz,
    check (from_attendee <> to_attendee)
);
create unique index introduction_pair
    on introduction (least(from_attendee, to_attendee), greatest(from_attendee, to_attendee));
create index introduction_inbox on introduction (to_attendee, requested_at);
create index introduction_sent on introduction (from_attendee, requested_at);
create index introduction_edition on introduction (summit_id, status);
