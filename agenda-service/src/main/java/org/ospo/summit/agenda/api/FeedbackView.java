package org.ospo.summit.agenda.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "My feedback on a session, or on the summit overall (sessionId null)")
public record FeedbackView(
        UUID id,
        int summitId,
        @Schema(nullable = true) UUID sessionId,
        @Schema(example = "5") int rating,
        @Schema(nullable = true) String comment,
        @Schema(example = "2027-03-20T17:40:00.000+08:00") OffsetDateTime givenAt,

        @Schema(description = "when it was last replaced (givenAt if never)", example = "2027-03-20T17:40:00.000+08:00")
        OffsetDateTime updatedAt) {}
