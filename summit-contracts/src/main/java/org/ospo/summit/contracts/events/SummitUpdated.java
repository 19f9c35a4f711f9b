package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;

/**
 * {@code summit.updated}: an edition of the summit as it stands — created, changed, opened, closed, archived or made
 * current (announced once at first start, then on every change; making an edition current announces both the new
 * and the former current one). {@code copiedFrom} names the edition a new one took its settings (and rooms) from;
 * {@code anonymisedAt} is set once an archived edition's personal data was erased (its retention period passed), and
 * every service then erases what it holds about that edition's people.
 * The agenda keeps each edition's sessions inside its days and writes its calendars in its time zone. Key:
 * "summit" (every edition on one partition, so changes stay in order). An announcement written before editions
 * existed has no summitId, year, status or current: it is the first edition, then the current one.
 */
public record SummitUpdated(
        Integer summitId,
        String name,
        Integer year,
        EditionStatus status,
        Boolean current,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String timezone,
        String venue,
        Integer copiedFrom,
        OffsetDateTime anonymisedAt,
        OffsetDateTime updatedAt)
        implements EventPayload {

    /** Whether the edition is the current one (an announcement from before editions: yes). */
    public boolean isCurrent() {
        return current == null || current;
    }

    @Override
    public String aggregateId() {
        return "summit";
    }
}
