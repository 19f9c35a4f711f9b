package org.ospo.summit.attendee.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.VolunteerArea;

@Schema(description = "What an edition's attendees said about next year (no names)")
public record NextYearSummary(
        int summitId,

        @Schema(description = "attendees who answered", example = "40")
        long responses,

        @Schema(description = "how many would come back", example = "36")
        long wouldReturn,

        @Schema(description = "how many would not", example = "4")
        long wouldNotReturn,

        @Schema(
                description = "volunteers per area (every area listed)",
                example = "{\"PROGRAM\": 6, \"HOSTING\": 2, " + "\"SPONSORSHIP\": 3, \"OPERATIONS\": 5}")
        Map<VolunteerArea, Long> volunteers,

        @Schema(
                description =
                        "suggested themes, the most suggested first (the same words, however written, counted once "
                                + "per attendee, in the wording first given)")
        List<SuggestedTopic> suggestedTopics,

        @Schema(description = "peers nominated for next year", example = "23")
        long nominations) {

    @Schema(name = "NextYearSuggestedTopic")
    public record SuggestedTopic(
            @Schema(example = "AI model licences") String topic,
            @Schema(example = "7") long count) {}
}
