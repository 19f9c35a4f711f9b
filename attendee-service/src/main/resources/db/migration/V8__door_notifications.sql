-- The door as it happens (GET /api/checkins/stream, DoorStream): every replica learns of each first check-in,
-- whichever replica recorded it, by the notification door_checked_in, delivered at commit in commit order. The
-- payload is the arrival as the stream shows it (the instant as microseconds since the epoch), so no replica reads
-- it again. An offline scan that only moves a check-in earlier is no new arrival and notifies nobody.
create or replace function door_checked_in_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('door_checked_in', json_build_object(
            'attendeeId', a.id,
            'fullName', a.full_name,
            'company', a.company,
            'checkedInAtMicros', (extract(epoch from new.checked_in_at) * 1000000)::bigint)::text)
        from attendee a where a.id = new.attendee_id;
    return null;
end
$$;

create trigger check_in_notify after insert on check_in
    for each row execute function door_checked_in_notify();
