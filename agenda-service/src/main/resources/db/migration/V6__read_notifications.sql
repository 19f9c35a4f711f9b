-- Replicas serve the published agenda and sessions' seats from memory (PublishedAgenda, SessionSeats) and learn of
-- every change by notification (AgendaListener), delivered when the changing transaction commits:
-- agenda_published (no payload) when a version is published or the editions change, agenda_seats (the session's id)
-- when a session's seat counter moves.
create or replace function agenda_published_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('agenda_published', '');
    return null;
end
$$;

create trigger agenda_version_notify after insert or update or delete on agenda_version
    for each statement execute function agenda_published_notify();
create trigger known_edition_notify after insert or update or delete on known_edition
    for each statement execute function agenda_published_notify();

create or replace function agenda_seats_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('agenda_seats', new.id::text);
    return null;
end
$$;

create trigger agenda_session_seats_notify after update of seats_taken on agenda_session
    for each row when (old.seats_taken is distinct from new.seats_taken) execute function agenda_seats_notify();
