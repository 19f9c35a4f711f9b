package org.ospo.summit.agenda.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "An edition's feedback: the summit overall, per session and per theme")
public record FeedbackSummary(int summitId, Ratings summit, List<SessionRatings> sessions, List<ThemeRatings> themes) {

    /** How a target was rated: how many, the average (2 decimals; 0 when none), how many of each 1..5, the comments. */
    @Schema(name = "FeedbackRatings")
    public record Ratings(
            @Schema(example = "12") long count,
            @Schema(example = "4.25") double average,

            @Schema(description = "how many gave 1, 2, 3, 4 and 5", example = "[0, 1, 1, 4, 6]")
            List<Long> distribution,

            @Schema(description = "the comments, newest first (no names)")
            List<String> comments) {}

    @Schema(name = "FeedbackSessionRatings")
    public record SessionRatings(UUID sessionId, String title, List<Topic> topics, Ratings ratings) {}

    /** a theme's sessions together (a session with two themes counts in both) */
    @Schema(name = "FeedbackThemeRatings")
    public record ThemeRatings(Topic topic, Ratings ratings) {}
}
