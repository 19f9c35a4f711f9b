-- Each edition counts its taken seats on its own row, and the database keeps the count (SeatAllocator):
--   * an invitation that becomes ACCEPTED takes a seat when its transaction commits (a deferred trigger: the
--     edition's row is locked only for the commit itself, not for the whole accept); no seat free → the commit fails
--     with SQLSTATE SUM01 and nothing of the accept is kept;
--   * an invitation that stops being ACCEPTED (declined, revoked) or is deleted gives its seat back at once.
alter table summit add column seats_taken integer not null default 0;
update summit s set seats_taken = (select count(*) from invitation i where i.summit_id = s.id and i.status = 'ACCEPTED');
alter table summit add constraint summit_seats_taken_check check (seats_taken >= 0);
-- NOT VALID: a row from before this check keeps its figures; every later change of the row is checked.
alter table summit add constraint summit_seats_within_capacity check (seats_taken <= capacity) not valid;

create function invitation_take_seat() returns trigger language plpgsql as $$
begin
    update summit set seats_taken = seats_taken + 1 where id = new.summit_id and seats_taken < capacity;
    if not found then
        raise exception 'no seat free in edition %', new.summit_id using errcode = 'SUM01';
    end if;
    return null;
end $$;

create function invitation_free_seat() returns trigger language plpgsql as $$
begin
    update summit set seats_taken = seats_taken - 1 where id = old.summit_id;
    return null;
end $$;

create constraint trigger invitation_accepted_takes_seat after update of status on invitation
    deferrable initially deferred for each row
    when (new.status = 'ACCEPTED' and old.status <> 'ACCEPTED') execute function invitation_take_seat();
create constraint trigger invitation_inserted_accepted_takes_seat after insert on invitation
    deferrable initially deferred for each row
    when (new.status = 'ACCEPTED') execute function invitation_take_seat();
create trigger invitation_left_frees_seat after update of status on invitation
    for each row when (old.status = 'ACCEPTED' and new.status <> 'ACCEPTED') execute function invitation_free_seat();
create trigger invitation_deleted_frees_seat after delete on invitation
    for each row when (old.status = 'ACCEPTED') execute function invitation_free_seat();
