package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code invitation.expired}: the RSVP deadline passed without an answer. */
public record InvitationExpired(UUID invitationId, Integer summitId, OffsetDateTime expiredAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
