-- Idempotency-Key (contract section 1): the first answer to a keyed write, replayed for a retry with the same key and
-- the same request. scope = who asked (a hash of the Authorization header), fingerprint = a hash of method, path and
-- body; status is null while the first request still runs.
create table idempotency_key (
    scope        text        not null,
    key          text        not null,
    fingerprint  text        not null,
    status       integer,
    content_type text,
    location     text,
    body         bytea,
    created_at   timestamptz not null,
    primary key (scope, key)
);
