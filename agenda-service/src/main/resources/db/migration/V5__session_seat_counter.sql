-- Each session counts its registrations on its own row (RegistrationService): a registration takes a seat with one
-- conditional update (seats_taken below the published capacity) instead of locking the session and counting.
alter table agenda_session add column seats_taken integer not null default 0;
update agenda_session s set seats_taken = (select count(*) from registration r where r.session_id = s.id);
alter table agenda_session add constraint agenda_session_seats_taken_check check (seats_taken >= 0);
