package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A peer an attendee vouches for (二度)")
public record ReferralRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "zhang.wei@example.org")
        String email,

        @NotBlank @Size(max = 200) @Schema(example = "张伟") String fullName,

        @NotBlank @Size(max = 200) @Schema(example = "Example Cloud")
        String company,

        @NotBlank @Size(max = 2000) @Schema(example = "Runs the OSPO at Example Cloud; spoke at the SIG meetup")
        String reason) {

    public ReferralRequest {
        email = email == null ? null : email.trim();
    }
}
