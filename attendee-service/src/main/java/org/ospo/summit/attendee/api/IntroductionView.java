package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.attendee.model.IntroductionStatus;
import org.ospo.summit.contracts.events.Topic;

/** An introduction as its two attendees see it; emails only once it was accepted. */
@Schema(description = "An introduction between two attendees; their emails only once the recipient accepted")
public record IntroductionView(
        UUID id,
        IntroductionStatus status,
        Party from,
        Party to,
        @Schema(nullable = true) String message,

        @Schema(description = "the themes both cared about when it was asked")
        List<Topic> topics,

        @Schema(example = "2027-03-01T10:15:00.000+08:00") OffsetDateTime requestedAt,

        @Schema(nullable = true, example = "2027-03-01T12:02:00.000+08:00")
        OffsetDateTime answeredAt) {

    /** One of the two. */
    @Schema(name = "IntroductionParty")
    public record Party(
            UUID attendeeId,
            @Schema(example = "李雷") String fullName,
            @Schema(example = "Example Tech") String company,

            @Schema(nullable = true, example = "OSPO lead, fintech, 3 years in")
            String headline,

            @Schema(
                    nullable = true,
                    description = "only once the introduction was accepted",
                    example = "li.lei@example.com")
            String email) {}

    /** An attendee's inbox (asked of them) or sent box (asked by them), newest first. */
    @Schema(name = "IntroductionBox")
    public record Box(
            @Schema(enumeration = {"inbox", "sent"}) String box, List<IntroductionView> items) {}
}
