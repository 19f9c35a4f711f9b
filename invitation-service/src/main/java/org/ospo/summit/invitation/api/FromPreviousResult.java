package org.ospo.summit.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What inviting an earlier edition's people again did, person by person")
public record FromPreviousResult(
        @Schema(example = "2") int created,

        @Schema(description = "people already invited to this edition", example = "1")
        int skipped,

        List<Row> rows) {

    public enum Outcome {
        CREATED,
        ALREADY_INVITED
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "One person of the earlier edition")
    public record Row(
            @Schema(description = "their invitation in the earlier edition")
            UUID fromInvitationId,

            @Schema(example = "li.lei@example.com") String email,
            @Schema(example = "CREATED") Outcome outcome,

            @Schema(nullable = true, description = "the new draft (CREATED only)")
            UUID invitationId) {}
}
