-- Platform tables, the same in every service (shipped by summit-platform, location db/platform).

-- Transactional outbox: written in the transaction of the state change, published by OutboxRelay.
create table outbox_event (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_type   text        not null,
    aggregate_id text        not null,
    payload      text        not null,
    created_at   timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

-- Idempotent consumers: one row per (consumer, CloudEvents id), committed with the event's effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
