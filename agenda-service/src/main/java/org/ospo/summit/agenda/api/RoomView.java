package org.ospo.summit.agenda.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.Room;

@Schema(description = "A room")
public record RoomView(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,
        @Schema(example = "Hall A") String name,
        @Schema(example = "80") int capacity) {
    public static RoomView of(Room r) {
        return new RoomView(r.id, r.summitId, r.name, r.capacity);
    }
}
