-- The preparation dossier (JSON of api.Preparation) and what is derived from it for filtering and statistics.
alter table attendee add column preparation text;
alter table attendee add column completeness integer not null default 0;
alter table attendee add column readiness text not null default 'NOT_STARTED';
alter table attendee add column topics text not null default '';
alter table attendee add column sponsorship_offered boolean not null default false;
alter table attendee add column join_organizing boolean not null default false;
alter table attendee add column preparation_updated_at timestamptz;
create index attendee_readiness on attendee (readiness);
