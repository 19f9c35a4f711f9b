package org.ospo.summit.attendee.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Ask to be introduced to an opted-in peer of the same edition")
public record IntroductionRequest(
        @NotNull @Schema(example = "3a0b9c3e-5d7e-4f2a-9d61-2b8c4f0e7a15")
        UUID toAttendeeId,

        @Size(max = 1000)
        @Schema(nullable = true, example = "We fight the same licence-review backlog; coffee at the break?")
        String message) {}
