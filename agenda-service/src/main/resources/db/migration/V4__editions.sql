-- Editions: rooms, sessions, published versions and who may register belong to one edition of the summit; a
-- registration belongs to its session's edition. Everything so far belongs to the first edition; the constant
-- defaults rewrite no row and keep a replica of the previous version writing into the first edition during a rolling
-- upgrade.
alter table room add column summit_id integer not null default 1;
alter table room drop constraint room_name_key;
create unique index room_edition_name on room (summit_id, name);

alter table agenda_session add column summit_id integer not null default 1;
create index agenda_session_edition on agenda_session (summit_id, status, starts_at);

-- versions are numbered per edition
alter table agenda_version add column summit_id integer not null default 1;
alter table agenda_version drop constraint agenda_version_pkey;
alter table agenda_version add primary key (summit_id, version);

alter table attendee_eligibility add column summit_id integer not null default 1;

-- each edition's days (id = the edition), learnt from summit.updated
alter table summit_days drop constraint if exists summit_days_id_check;
alter table summit_days alter column id type integer;
