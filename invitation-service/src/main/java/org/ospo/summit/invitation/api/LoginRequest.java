package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Organizer credentials configured for this deployment")
public record LoginRequest(
        @NotBlank @Size(max = 100) @Schema(example = "organizer")
        String username,

        @NotBlank @Size(max = 200) @Schema(example = "summit-local")
        String password) {}
