package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code invitation.accepted}: the invitee holds a seat. {@code attendeeId} is the attendee's id in this edition
 * (the {@code sub} of their attendee token); attendee-service creates the attendee from this event.
 */
public record InvitationAccepted(
        UUID invitationId,
        Integer summitId,
        UUID attendeeId,
        String email,
        String fullName,
        String company,
        String jobTitle,
        String locale,
        OffsetDateTime acceptedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
