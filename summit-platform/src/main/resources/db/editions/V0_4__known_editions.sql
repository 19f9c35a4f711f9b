-- The summit's editions as this service learnt them from summit.updated (invitation-service owns them), for
-- ?summit= defaults (the current edition) and the read-only rule of past editions. Shipped by summit-platform
-- (location db/editions) for the services that follow editions without owning them.
create table known_edition (
    id         integer primary key,
    name       text,
    year       integer,
    status     text        not null,
    current    boolean     not null default false,
    -- when the current edition became current (the announcement that made it so): a switch announced earlier
    -- than that, arriving late, changes nothing
    current_since timestamptz,
    updated_at timestamptz not null
);
create unique index known_edition_one_current on known_edition (current) where current;
