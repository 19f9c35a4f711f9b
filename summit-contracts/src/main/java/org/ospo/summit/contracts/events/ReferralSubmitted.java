package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code referral.submitted}: an attendee nominated a peer (二度) for an invitation. */
public record ReferralSubmitted(
        UUID referralId,
        Integer summitId,
        UUID referrerAttendeeId,
        String email,
        String fullName,
        String company,
        String reason,
        OffsetDateTime submittedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return referralId.toString();
    }
}
