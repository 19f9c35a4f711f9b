package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code attendee.withdrawn}: an attendee is no longer coming (they declined after accepting, or the organizers
 * revoked the invitation); the agenda frees their registrations.
 */
public record AttendeeWithdrawn(
        UUID attendeeId, Integer summitId, UUID invitationId, WithdrawalReason reason, OffsetDateTime withdrawnAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
