package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code feedback.given}: an attendee rated a session they were registered for ({@code sessionId}) or the summit
 * overall ({@code sessionId} null), once it had started; a later rating of the same target replaces the first and is
 * announced again ({@code replaced}). No comment text.
 */
public record FeedbackGiven(
        UUID feedbackId,
        Integer summitId,
        UUID attendeeId,
        UUID sessionId,
        int rating,
        boolean replaced,
        OffsetDateTime givenAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return feedbackId.toString();
    }
}
