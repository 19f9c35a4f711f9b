package org.ospo.summit.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.ospo.summit.contracts.events.EventPayload;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.platform.json.JsonCodec;
import org.ospo.summit.platform.time.SummitClock;
import org.ospo.summit.platform.tracing.TraceContext;

/**
 * Records an event in the same transaction as the state change that caused it. Call it inside a
 * {@code @WithTransaction} method: if the transaction rolls back, the event never existed; if it commits,
 * {@link OutboxRelay} publishes it to Kafka, however long Kafka is away.
 */
@ApplicationScoped
public class Outbox {
    private final ObjectMapper json;
    private final SummitClock clock;

    public Outbox(ObjectMapper json, SummitClock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Uni<OutboxEvent> record(EventPayload payload) {
        EventType type = EventType.of(payload);
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.type = type.type();
        event.aggregateId = payload.aggregateId();
        event.createdAt = clock.now();
        event.payload = JsonCodec.write(json, payload);
        event.traceParent = TraceContext.current();
        return Panache.getSession().chain(session -> session.persist(event)).replaceWith(event);
    }
}
