package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code referral.approved}: an organizer approved a nomination; the invitation it created carries referredBy. */
public record ReferralApproved(
        UUID referralId, Integer summitId, UUID invitationId, UUID referrerAttendeeId, OffsetDateTime approvedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return referralId.toString();
    }
}
