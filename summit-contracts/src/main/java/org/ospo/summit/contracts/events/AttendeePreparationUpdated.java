package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code attendee.preparation-updated}: an attendee saved their preparation. Carries what other services need (the
 * topics they want to discuss, for sizing roundtables and recommending sessions), not the dossier's text.
 */
public record AttendeePreparationUpdated(
        UUID attendeeId,
        Integer summitId,
        List<Topic> topics,
        Readiness readiness,
        int completeness,
        boolean sponsorshipOffered,
        boolean joinOrganizingTeam,
        OffsetDateTime updatedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
