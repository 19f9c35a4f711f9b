package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code invitation.declined}: the invitee declined; attendeeId is set when they had accepted (a withdrawal, which frees a seat). */
public record InvitationDeclined(
        UUID invitationId, Integer summitId, UUID attendeeId, String reason, OffsetDateTime declinedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
