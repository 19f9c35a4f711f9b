package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why the invitee cannot come (optional)")
public record DeclineRequest(
        @Size(max = 1000) @Schema(example = "Travelling that week")
        String reason) {}
