package org.ospo.summit.attendee.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "What the active attendees bring: readiness, demand per topic, offers, collected problems")
public record AttendeeStats(
        @Schema(description = "the edition", example = "1") int summitId,
        @Schema(example = "48") long total,
        @Schema(example = "20") long ready,
        @Schema(example = "18") long inProgress,
        @Schema(example = "10") long notStarted,

        @Schema(
                description = "attendees interested per topic (every topic present)",
                example =
                        "{\"MANAGEMENT\": 21, \"HR\": 6, \"ECONOMICS\": 9, \"LEGAL\": 17, \"BUSINESS\": 12, \"TECHNOLOGY\": 25}")
        Map<Topic, Long> topics,

        @Schema(example = "7") long sponsorshipOffers,

        @Schema(description = "volunteers for next year's organizing team", example = "5")
        long organizingVolunteers,

        @Schema(
                description = "collected problems, the same text (after normalisation) counted once per attendee, "
                        + "most raised first")
        List<ProblemCount> problems) {

    public record ProblemCount(
            @Schema(example = "Budget for upstream work") String text,
            @Schema(example = "4") long attendeeCount) {}
}
