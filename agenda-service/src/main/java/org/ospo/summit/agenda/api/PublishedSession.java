package org.ospo.summit.agenda.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.model.Topic;

import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(description = "A session as published")
public record PublishedSession(UUID id, @Schema(example = "How our OSPO earned a budget") String title,
        @JsonProperty("abstract") @Schema(name = "abstract") String summary, SessionKind kind, List<Topic> topics, List<Speaker> speakers,
        Room room, OffsetDateTime startsAt, OffsetDateTime endsAt, Integer capacity) {

    public record Speaker(@Schema(example = "韩梅梅") String name, @Schema(example = "Example Tech") String company,
            String bio) {
    }

    public record Room(UUID id, @Schema(example = "Hall A") String name) {
    }
}
