-- Replicas serve the editions' settings from memory (SummitSettings) and learn of every change by the notification
-- summit_settings, delivered when the changing transaction commits. The seat counter (V9) moves with every accept
-- and is not a setting: an update that changes only seats_taken notifies nobody.
create or replace function summit_settings_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('summit_settings', '');
    return null;
end
$$;

create trigger summit_settings_notify after insert or delete on summit
    for each statement execute function summit_settings_notify();
create trigger summit_settings_update_notify after update on summit
    for each row when ((to_jsonb(old) - 'seats_taken') is distinct from (to_jsonb(new) - 'seats_taken'))
    execute function summit_settings_notify();
