package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code introduction.requested}: an attendee asked to be introduced to another (both opted in to networking). No
 * message text and no contact details: those stay in attendee-service. {@code topics}: the themes both care about.
 */
public record IntroductionRequested(
        UUID introductionId,
        Integer summitId,
        UUID fromAttendeeId,
        UUID toAttendeeId,
        List<Topic> topics,
        OffsetDateTime requestedAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return introductionId.toString();
    }
}
