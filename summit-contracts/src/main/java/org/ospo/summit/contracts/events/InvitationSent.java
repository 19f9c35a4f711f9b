package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code invitation.sent}: an invitation email went out (first send or resend; the link of a resend replaces the old one). */
public record InvitationSent(
        UUID invitationId,
        Integer summitId,
        String email,
        String fullName,
        String locale,
        boolean resend,
        OffsetDateTime sentAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
