package org.ospo.summit.attendee.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "An edition's introductions in figures")
public record IntroductionStats(
        int summitId,

        @Schema(description = "attendees who opted in to networking", example = "64")
        long optedIn,

        @Schema(example = "120") long requests,
        @Schema(example = "70") long accepted,
        @Schema(example = "12") long declined,
        @Schema(example = "38") long pending,

        @Schema(description = "accepted / answered (0 when none was answered)", example = "0.854")
        double acceptanceRate,

        @Schema(description = "the themes introductions were asked about, most first")
        List<TopicCount> mostSoughtTopics) {

    @Schema(name = "IntroductionTopicCount")
    public record TopicCount(Topic topic, long requests) {}
}
