package org.ospo.summit.invitation.api;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.Readiness;

@Schema(description = "Which people of an earlier edition to invite again (as drafts)")
public record FromPreviousRequest(
        @NotNull @Min(1) @Schema(description = "the earlier edition", example = "1")
        Integer fromSummitId,

        @Schema(
                description = "true: only those who came (held a seat); false: only those who did not; left out: "
                        + "everyone",
                example = "true")
        Boolean attended,

        @Size(max = 3)
        @Schema(
                description = "only attendees whose preparation got this far (left out: any)",
                example = "[\"READY\", \"IN_PROGRESS\"]")
        List<@NotNull Readiness> readiness) {}
