package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code invitation.revoked}: an organizer revoked the invitation; attendeeId is set when it had been accepted (frees a seat). */
public record InvitationRevoked(UUID invitationId, Integer summitId, UUID attendeeId, OffsetDateTime revokedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
