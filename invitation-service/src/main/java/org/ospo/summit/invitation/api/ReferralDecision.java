package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.Criterion;

@Schema(
        description = "An organizer's decision on a nomination; every field optional. On approval, locale is the "
                + "invitation's language (default: the nominating attendee's); fullName and company name the person "
                + "on the invitation (default: the nomination's; required for a nomination from the next-year form "
                + "that names only an email).")
public record ReferralDecision(
        @Size(max = 1000) @Schema(description = "why (for a rejection)", example = "Not working on OSPO topics yet")
        String reason,

        @Pattern(regexp = Locales.PATTERN, message = Locales.MESSAGE) @Schema(ref = Locales.SCHEMA)
        String locale,

        @Size(max = 8)
        @Schema(description = "selection reasons for the invitation on approval", example = "[\"OSPO_PRACTITIONER\"]")
        List<@NotNull Criterion> criteria,

        @Size(max = 200) @Schema(description = "on approval: the person's name", example = "韩梅梅")
        String fullName,

        @Size(max = 200) @Schema(description = "on approval: the person's company", example = "Example Cloud")
        String company) {}
