-- The trace context (W3C traceparent) of the transaction that wrote an event, when tracing is on: the relay sends the
-- event as a child of it, so the consumers' spans join the trace of the request that caused the event.
alter table outbox_event add column trace_parent text;
