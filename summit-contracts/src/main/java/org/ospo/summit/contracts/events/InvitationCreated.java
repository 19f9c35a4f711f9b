package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code invitation.created}: an organizer invited someone (status DRAFT or SENT). */
public record InvitationCreated(
        UUID invitationId,
        Integer summitId,
        String email,
        String fullName,
        String company,
        String locale,
        List<Criterion> criteria,
        InvitationStatus status,
        UUID referredBy,
        OffsetDateTime createdAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return invitationId.toString();
    }
}
