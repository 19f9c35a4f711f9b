package org.ospo.summit.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.contracts.events.EventPayload;
import org.ospo.summit.contracts.events.EventType;

/** A CloudEvent received from Kafka: its id and type from the ce_* headers, its JSON data still unparsed. */
public record InboundEvent(String id, String type, String source, OffsetDateTime time, String data) {

    /** Reads the CloudEvents headers; a message without them is a poison message. */
    static InboundEvent from(Message<String> message) {
        @SuppressWarnings("unchecked")
        Optional<IncomingCloudEventMetadata<Object>> ce =
                message.getMetadata(IncomingCloudEventMetadata.class).map(m -> (IncomingCloudEventMetadata<Object>) m);
        IncomingCloudEventMetadata<Object> meta =
                ce.orElseThrow(() -> new PoisonMessageException("not a CloudEvent (no ce_id / ce_type headers)", null));
        if (message.getPayload() == null || message.getPayload().isBlank()) {
            throw new PoisonMessageException("event " + meta.getId() + " has no data", null);
        }
        OffsetDateTime time = meta.getTimeStamp().map(OffsetDateTime::from).orElse(null);
        return new InboundEvent(
                meta.getId(), meta.getType(), String.valueOf(meta.getSource()), time, message.getPayload());
    }

    public Optional<EventType> eventType() {
        return EventType.fromType(type);
    }

    /** Parses the data as the payload record of this event's type; unreadable data is a poison message. */
    public <T extends EventPayload> T data(Class<T> payloadType, ObjectMapper json) {
        try {
            T payload = json.readValue(data, payloadType);
            if (payload == null) {
                throw new PoisonMessageException("event " + id + " has null data", null);
            }
            return payload;
        } catch (PoisonMessageException e) {
            throw e;
        } catch (Exception e) {
            throw new PoisonMessageException(
                    "event " + id + " (" + type + ") data is not a valid " + payloadType.getSimpleName() + ": "
                            + e.getMessage(),
                    e);
        }
    }
}
