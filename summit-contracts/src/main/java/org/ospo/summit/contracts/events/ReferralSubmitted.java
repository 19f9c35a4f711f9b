package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code referral.submitted}: a nomination of a peer for an invitation, pending an organizer's decision. From the
 * next-year form ({@code source} NEXT_YEAR_FORM) it names only the email (the name and company when the person is known
 * from an earlier invitation) and {@code nominatedIn}, the edition whose attendee named them.
 */
public record ReferralSubmitted(
        UUID referralId,
        Integer summitId,
        UUID referrerAttendeeId,
        String email,
        String fullName,
        String company,
        String reason,
        ReferralSource source,
        Integer nominatedIn,
        OffsetDateTime submittedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return referralId.toString();
    }
}
