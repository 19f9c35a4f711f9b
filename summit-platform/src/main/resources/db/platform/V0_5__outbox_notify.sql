-- A committed outbox row wakes the relay at once: every statement that inserts rows notifies the channel
-- outbox_event, which PostgreSQL delivers on commit (and never for a rolled-back transaction; notifications of one
-- transaction are folded into one). OutboxWakeUp listens; the relay's poll stays as the fallback.
create or replace function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

drop trigger if exists outbox_event_notify on outbox_event;
create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
