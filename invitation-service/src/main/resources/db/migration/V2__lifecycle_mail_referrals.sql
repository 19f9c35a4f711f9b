-- The RSVP token sealed with the deployment's key (AES-GCM): lets mails (send, resend, reminders) carry the same
-- link while a database dump alone still yields no live link. Lookups keep using token_hash.
alter table invitation add column token_sealed text;
alter table invitation add column reminded_at timestamptz;
create index invitation_waitlist on invitation (responded_at, id) where status = 'WAITLISTED';
create index invitation_deadline on invitation (status) where status = 'SENT';

-- Mails are written in the transaction of what caused them and sent by MailRelay (claimed FOR UPDATE SKIP LOCKED,
-- so replicas never send one twice); the body is cleared once sent, since it carries the RSVP link.
create table outgoing_mail (
    id            bigserial primary key,
    invitation_id uuid,
    kind          text        not null,
    recipient     text        not null,
    subject       text        not null,
    body          text,
    created_at    timestamptz not null,
    sent_at       timestamptz,
    attempts      integer     not null default 0,
    last_error    text
);
create index outgoing_mail_pending on outgoing_mail (id) where sent_at is null;

-- Nominations (二度): an attendee vouches for a peer; organizers approve (→ an invitation) or reject.
create table referral (
    id                   uuid primary key,
    referrer_attendee_id uuid        not null,
    referrer_invitation  uuid        not null references invitation (id),
    email                text        not null,
    email_normalized     text        not null,
    full_name            text        not null,
    company              text        not null,
    reason               text        not null,
    status               text        not null,
    decision_reason      text,
    invitation_id        uuid references invitation (id),
    created_at           timestamptz not null,
    decided_at           timestamptz
);
create index referral_status on referral (status, created_at);
create index referral_referrer on referral (referrer_attendee_id);
