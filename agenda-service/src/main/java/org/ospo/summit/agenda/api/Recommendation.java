package org.ospo.summit.agenda.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "A session worth my time: how many of my preparation topics it covers, which, and why")
public record Recommendation(
        PublishedSession session,
        @Schema(example = "2") int score,
        @Schema(example = "[\"LEGAL\", \"BUSINESS\"]") List<Topic> matchedTopics,
        @Schema(example = "12") int seatsLeft,

        @Schema(example = "Covers 2 of your topics: LEGAL, BUSINESS")
        String reason) {}
