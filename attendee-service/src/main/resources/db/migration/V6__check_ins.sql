-- Who came in: one row per attendee and edition, at the earliest scan of their badge (an offline scan uploaded later
-- moves it back, never forward).
create table check_in (
    attendee_id   uuid        primary key references attendee (id),
    summit_id     integer     not null,
    checked_in_at timestamptz not null,
    offline       boolean     not null,
    recorded_at   timestamptz not null
);
create index check_in_summit on check_in (summit_id, checked_in_at);
