-- An edition's days as announced (summit.updated): what a badge is valid for at the door.
alter table known_edition add column starts_at timestamptz, add column ends_at timestamptz, add column timezone text;
