package org.ospo.summit.invitation.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did, row by row")
public record ImportResult(
        @Schema(example = "2") int created,

        @Schema(description = "rows whose email already has an open invitation", example = "1")
        int skipped,

        List<RowError> errors) {

    public record RowError(
            @Schema(example = "4") int line,

            @Schema(example = "email: must be a well-formed email address")
            String message) {}
}
