-- The summit's settings: one row, edited by organizers (PUT /api/summit).
create table summit (
    id                  smallint primary key check (id = 1),
    name                text        not null,
    starts_at           timestamptz not null,
    ends_at             timestamptz not null,
    timezone            text        not null default 'Asia/Shanghai',
    venue               text        not null,
    capacity            integer     not null check (capacity >= 0),
    rsvp_deadline       timestamptz not null,
    referral_quota      integer     not null default 2 check (referral_quota >= 0),
    open_conference_url text        not null,
    updated_at          timestamptz not null default now()
);

insert into summit (id, name, starts_at, ends_at, timezone, venue, capacity, rsvp_deadline, referral_quota,
                    open_conference_url)
values (1, 'OSPO Summit · 开源项目办公室峰会', '2027-03-20T09:00:00+08:00', '2027-03-20T18:00:00+08:00',
        'Asia/Shanghai', 'Shanghai', 80, '2027-03-06T23:59:00+08:00', 2, 'https://gotc2023.oschina.net/');

create table invitation (
    id               uuid primary key,
    email            text        not null,
    email_normalized text        not null,
    full_name        text        not null,
    company          text        not null,
    job_title        text,
    locale           text        not null check (locale in ('zh-CN', 'en')),
    criteria         text        not null default '',
    note             text,
    status           text        not null,
    token_hash       text        not null unique,
    attendee_id      uuid unique,
    referred_by      uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    responded_at     timestamptz
);
-- at most one open invitation per person (emails compared trimmed and case-insensitively)
create unique index invitation_open_email on invitation (email_normalized)
    where status in ('DRAFT', 'SENT', 'ACCEPTED', 'WAITLISTED');
create index invitation_status on invitation (status, created_at);

create table invitation_history (
    id            bigserial primary key,
    invitation_id uuid        not null references invitation (id) on delete cascade,
    at            timestamptz not null,
    type          text        not null,
    detail        text
);
create index invitation_history_invitation on invitation_history (invitation_id, id);
