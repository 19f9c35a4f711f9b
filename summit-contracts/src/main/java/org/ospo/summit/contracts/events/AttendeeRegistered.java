package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code attendee.registered}: attendee-service holds a profile for this person; agenda-service lets them register. */
public record AttendeeRegistered(
        UUID attendeeId,
        Integer summitId,
        UUID invitationId,
        String fullName,
        String company,
        OffsetDateTime registeredAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
