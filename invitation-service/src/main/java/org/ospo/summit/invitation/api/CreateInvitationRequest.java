package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.Criterion;

@Schema(description = "A person to invite, and why they were chosen")
public record CreateInvitationRequest(
        @NotBlank @Email @Size(max = 254) @Schema(example = "li.lei@example.com")
        String email,

        @NotBlank @Size(max = 200) @Schema(example = "李雷") String fullName,

        @NotBlank @Size(max = 200) @Schema(example = "Example Tech")
        String company,

        @Size(max = 200) @Schema(example = "OSPO lead") String jobTitle,

        @NotNull @Pattern(regexp = Locales.PATTERN, message = Locales.MESSAGE) @Schema(ref = Locales.SCHEMA)
        String locale,

        @NotEmpty
        @Size(max = 8)
        @Schema(
                description = "the letter's selection reasons (为什么是您)",
                example = "[\"OSPO_PRACTITIONER\", \"EVANGELIST\"]")
        List<@NotNull Criterion> criteria,

        @Size(max = 2000) @Schema(example = "Met at the SIG meetup in Shenzhen")
        String note,

        @Schema(description = "false keeps the invitation as a DRAFT; default true (SENT)", example = "true")
        Boolean send) {

    /** Emails are compared trimmed and case-insensitively; surrounding spaces are not an error. */
    public CreateInvitationRequest {
        email = email == null ? null : email.trim();
    }

    public boolean sendNow() {
        return send == null || send;
    }
}
