package org.ospo.summit.agenda.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(
        description = "Sessions ranked by overlap with my preparation topics; full sessions, sessions clashing with "
                + "mine and sessions I registered for are left out")
public record Recommendations(
        @Schema(description = "my topics, from my preparation")
        List<Topic> topics,

        List<Recommendation> sessions,

        @Schema(
                nullable = true,
                description = "set when there is nothing to rank by",
                example = "Add the topics you want to discuss " + "to your preparation to get recommendations")
        String hint) {}
