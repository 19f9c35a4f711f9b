-- Who may register: learned from summit.attendees (attendee.registered / .withdrawn / .erased), never by a call.
create table attendee_eligibility (
    attendee_id uuid primary key,
    status      text        not null,
    topics      text        not null default '',
    updated_at  timestamptz not null
);

-- Registrations for published sessions; seats are counted under the session row's lock.
create table registration (
    session_id  uuid        not null references agenda_session (id),
    attendee_id uuid        not null,
    created_at  timestamptz not null,
    primary key (session_id, attendee_id)
);
create index registration_attendee on registration (attendee_id);
