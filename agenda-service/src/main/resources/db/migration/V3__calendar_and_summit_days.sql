-- Calendars: a published version keeps the sessions it cancelled (so .ics feeds can say STATUS:CANCELLED) and the
-- time zone its times are written in.
alter table agenda_version add column cancelled text not null default '[]';
alter table agenda_version add column timezone text not null default 'Asia/Shanghai';

-- The summit's days and time zone, learned from summit.updated (invitation-service owns them).
create table summit_days (
    id         smallint primary key check (id = 1),
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    timezone   text        not null,
    updated_at timestamptz not null
);
