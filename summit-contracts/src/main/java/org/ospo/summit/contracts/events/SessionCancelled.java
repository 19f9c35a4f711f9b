package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code session.cancelled}: a published version cancelled a session that people registered for; carries who is
 * affected, so they can be told. Key: sessionId.
 */
public record SessionCancelled(
        UUID sessionId,
        Integer summitId,
        int version,
        String title,
        OffsetDateTime startsAt,
        String room,
        List<UUID> attendeeIds)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return sessionId.toString();
    }
}
