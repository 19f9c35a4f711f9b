package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code attendee.erased}: the person asked for erasure (GDPR). Every service erases or anonymises what it holds
 * about this attendee; invitation-service keeps the anonymised invitation for seat counting.
 */
public record AttendeeErased(UUID attendeeId, Integer summitId, UUID invitationId, OffsetDateTime erasedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
