package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A door volunteer's sign-in to issue. */
@Schema(description = "A door volunteer: their name (it names the sign-in) and how long it lasts, at most a day")
public record StaffRequest(
        @NotBlank @Size(max = 100) @Schema(example = "王芳 (door A)")
        String name,

        @Min(1) @Max(24) @Schema(description = "hours the sign-in lasts", example = "10")
        int validHours) {}
