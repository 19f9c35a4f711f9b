package org.ospo.summit.agenda.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.contracts.events.Topic;

@Schema(
        description = "A session of an edition's draft, as organizers edit it (speakers: GET /api/sessions/{id} once "
                + "published)")
public record DraftSession(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,

        @Schema(example = "Legal roundtable: licences in products")
        String title,

        @Schema(example = "ROUNDTABLE") SessionKind kind,
        List<Topic> topics,
        UUID roomId,
        @Schema(example = "2027-03-20T14:00:00.000+08:00") OffsetDateTime startsAt,
        @Schema(example = "2027-03-20T15:00:00.000+08:00") OffsetDateTime endsAt,

        @Schema(nullable = true, description = "seats, when fewer than the room's", example = "30")
        Integer capacity) {

    public static DraftSession of(AgendaSession s) {
        return new DraftSession(
                s.id, s.summitId, s.title, s.kind, s.topics, s.roomId, s.startsAt, s.endsAt, s.capacity);
    }
}
