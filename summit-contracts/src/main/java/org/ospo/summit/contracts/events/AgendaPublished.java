package org.ospo.summit.contracts.events;

import java.time.OffsetDateTime;

/** {@code agenda.published}: a new numbered version of the agenda is public. Key: "agenda" (versions stay in order). */
public record AgendaPublished(
        Integer summitId, int version, OffsetDateTime publishedAt, int sessionCount, int changeCount)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return "agenda";
    }
}
