package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code attendee.next-year-answered}: an attendee said whether they would come back, where they would help, what
 * next year should discuss and whom to invite ({@code nominees}: emails, to become nominations for next year's
 * organizers). A later answer replaces the earlier one and is announced again, whole.
 */
public record AttendeeNextYearAnswered(
        UUID attendeeId,
        Integer summitId,
        boolean wouldReturn,
        List<VolunteerArea> volunteerFor,
        List<String> suggestedTopics,
        List<String> nominees,
        OffsetDateTime answeredAt)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
