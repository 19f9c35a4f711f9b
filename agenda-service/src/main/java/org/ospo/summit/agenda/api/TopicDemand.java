package org.ospo.summit.agenda.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "Interest in a topic against the roundtable seats offered on it")
public record TopicDemand(
        @Schema(example = "LEGAL") Topic topic,

        @Schema(description = "active attendees who named the topic in their preparation", example = "34")
        long interestedAttendees,

        @Schema(description = "published roundtables on the topic", example = "1")
        int roundtables,

        @Schema(description = "seats of those roundtables", example = "20")
        int roundtableSeats,

        @Schema(description = "interested attendees without a roundtable seat (0 when seats suffice)", example = "14")
        long shortfall) {}
