package org.ospo.summit.agenda.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "A session as published")
public record PublishedSession(
        UUID id,
        @Schema(example = "How our OSPO earned a budget") String title,

        @JsonProperty("abstract") @Schema(name = "abstract", nullable = true)
        String summary,

        SessionKind kind,
        List<Topic> topics,
        List<Speaker> speakers,
        Room room,

        @Schema(description = "in the summit's time zone", example = "2027-03-20T14:00:00.000+08:00")
        OffsetDateTime startsAt,

        @Schema(example = "2027-03-20T15:00:00.000+08:00") OffsetDateTime endsAt,
        Integer capacity,

        @Schema(
                description = "grows each time a published version changes this session (the iCalendar SEQUENCE)",
                example = "1")
        int sequence) {

    /**
     * Whether the two share any moment: [startsAt, endsAt) intersect. The one rule of overlap, for published sessions
     * (registrations, recommendations) and, in its query, for the draft ({@code SessionRepository.overlapping}).
     */
    public boolean overlaps(PublishedSession other) {
        return startsAt.isBefore(other.endsAt) && endsAt.isAfter(other.startsAt);
    }

    public PublishedSession withSequence(int next) {
        return new PublishedSession(id, title, summary, kind, topics, speakers, room, startsAt, endsAt, capacity, next);
    }

    public record Speaker(
            @Schema(example = "韩梅梅") String name,
            @Schema(example = "Example Tech") String company,
            @Schema(nullable = true) String bio) {}

    public record Room(UUID id, @Schema(example = "Hall A") String name) {}
}
