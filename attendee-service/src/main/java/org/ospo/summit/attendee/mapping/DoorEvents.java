package org.ospo.summit.attendee.mapping;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.ospo.summit.attendee.service.DoorStream;
import org.ospo.summit.platform.http.ApiJson;
import org.ospo.summit.platform.json.JsonCodec;

/**
 * The door's events as server-sent events: {@code check-in} (id: the attendee, data: the CheckInView in the API's
 * JSON), {@code resync}, and a comment to keep an idle stream open; a comment first, so the stream's headers go out
 * at once.
 */
@ApplicationScoped
public class DoorEvents {
    private final DoorStream door;
    private final ApiJson json;

    public DoorEvents(DoorStream door, ApiJson json) {
        this.door = door;
        this.json = json;
    }

    public Multi<OutboundSseEvent> stream(Sse sse) {
        Multi<OutboundSseEvent> events = door.events().map(event -> {
            if (event instanceof DoorStream.Arrival arrival) {
                return sse.newEventBuilder()
                        .name("check-in")
                        .id(arrival.checkIn().attendeeId().toString())
                        .data(JsonCodec.write(json.mapper(), arrival.checkIn()))
                        .build();
            }
            if (event instanceof DoorStream.Resync) {
                return sse.newEventBuilder().name("resync").data("{}").build();
            }
            return sse.newEventBuilder().comment("keep-alive").build();
        });
        return Multi.createBy()
                .concatenating()
                .streams(
                        Multi.createFrom()
                                .item(() -> sse.newEventBuilder()
                                        .comment("connected")
                                        .build()),
                        events);
    }
}
