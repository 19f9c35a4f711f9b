-- An attendee: a person whose invitation was accepted. id = attendeeId from invitation.accepted (JWT sub).
create table attendee (
    id            uuid primary key,
    invitation_id uuid        not null unique,
    email         text        not null,
    full_name     text        not null,
    company       text        not null,
    job_title     text,
    locale        text        not null,
    status        text        not null default 'ACTIVE',
    registered_at timestamptz not null,
    updated_at    timestamptz not null
);
create index attendee_status on attendee (status, registered_at);
