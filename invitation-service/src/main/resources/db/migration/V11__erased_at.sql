-- Erasure (attendee.erased, or an archived edition's retention period) is a state of its own: erased_at, instead of
-- recognising an erased invitation by the placeholder left in its name. The placeholder stays what readers see.
alter table invitation add column erased_at timestamptz;
update invitation set erased_at = updated_at where full_name = '(erased)';
