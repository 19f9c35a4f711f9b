package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code introduction.answered}: the recipient of an introduction accepted it (from now on both see each other's
 * contact details) or declined it. Once per introduction.
 */
public record IntroductionAnswered(
        UUID introductionId,
        Integer summitId,
        UUID fromAttendeeId,
        UUID toAttendeeId,
        IntroductionAnswer answer,
        OffsetDateTime answeredAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return introductionId.toString();
    }
}
