package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code invitation.waitlisted}: the invitee accepted while the summit was full; they wait for a seat (first come, first served). */
public record InvitationWaitlisted(
        UUID invitationId, Integer summitId, String email, String fullName, OffsetDateTime waitlistedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
