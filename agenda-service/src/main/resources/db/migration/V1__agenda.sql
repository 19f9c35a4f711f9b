create table room (
    id       uuid primary key,
    name     text    not null unique,
    capacity integer not null check (capacity > 0)
);

-- The organizers' draft: sessions are edited here and published as numbered versions.
create table agenda_session (
    id         uuid primary key,
    title      text        not null,
    abstract   text,
    kind       text        not null,
    topics     text        not null default '',
    speakers   text        not null default '[]',
    room_id    uuid        not null references room (id),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null check (ends_at > starts_at),
    capacity   integer,
    status     text        not null default 'SCHEDULED',
    updated_at timestamptz not null default now()
);
create index agenda_session_room_time on agenda_session (room_id, starts_at);

-- Published versions: an immutable JSON snapshot of the sessions and the changelog against the previous one.
create table agenda_version (
    version      integer primary key,
    published_at timestamptz not null,
    sessions     text        not null,
    changes      text        not null default '[]'
);
