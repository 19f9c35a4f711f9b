package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code session.changed}: a published version moved a session (time or room) that people registered for; carries
 * the old and new slot and who is affected, so they can be told. Key: sessionId.
 */
public record SessionChanged(
        UUID sessionId,
        Integer summitId,
        int version,
        String title,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String room,
        OffsetDateTime previousStartsAt,
        OffsetDateTime previousEndsAt,
        String previousRoom,
        List<UUID> attendeeIds)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
