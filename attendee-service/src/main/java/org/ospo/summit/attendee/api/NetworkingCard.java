package org.ospo.summit.attendee.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an attendee shows other attendees who opted in, and whether they are shown at all. */
@Schema(
        description = "My networking card. Only attendees who opted in are ever shown to others (and see others); "
                + "what I offer and seek is matched against theirs for introductions.")
public record NetworkingCard(
        @NotNull @Schema(description = "show me to other attendees who opted in, and them to me", example = "true")
        Boolean optIn,

        @Size(max = 140)
        @Schema(nullable = true, description = "one line about me", example = "OSPO lead, fintech, 3 years in")
        String headline,

        @Size(max = 10)
        @Schema(
                nullable = true,
                description = "what I can share (lessons learned), at most 10 of at most 200 characters",
                example = "[\"Licence review at scale\", \"Building an inner-source programme\"]")
        List<@NotBlank @Size(max = 200) String> offers,

        @Size(max = 10)
        @Schema(
                nullable = true,
                description = "what I want to learn from peers, at most 10 of at most 200 characters",
                example = "[\"Measuring OSPO value\"]")
        List<@NotBlank @Size(max = 200) String> seeks) {

    public static final NetworkingCard OFF = new NetworkingCard(false, null, List.of(), List.of());
}
