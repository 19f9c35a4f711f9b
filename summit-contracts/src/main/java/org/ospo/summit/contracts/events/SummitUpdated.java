package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;

/**
 * {@code summit.updated}: the summit's dates, time zone or venue are set (announced once at first start, then on
 * every change). The agenda keeps its sessions inside these days and writes its calendars in this time zone.
 * Key: "summit" (one summit, changes stay in order).
 */
public record SummitUpdated(String name, OffsetDateTime startsAt, OffsetDateTime endsAt, String timezone, String venue,
        OffsetDateTime updatedAt) implements EventPayload {

    @Override
    public String aggregateId() {
        return "summit";
    }
}
