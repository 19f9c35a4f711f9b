package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code attendee.checked-in}: an attendee's badge was scanned at the door, once per attendee and edition (a later
 * upload of an earlier offline scan moves {@code checkedInAt} back and is announced again). {@code offline}: the scan
 * was uploaded later than it was made.
 */
public record AttendeeCheckedIn(UUID attendeeId, Integer summitId, OffsetDateTime checkedInAt, boolean offline)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return attendeeId.toString();
    }
}
