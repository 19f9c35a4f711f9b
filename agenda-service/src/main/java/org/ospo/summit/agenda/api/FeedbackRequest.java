package org.ospo.summit.agenda.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rating of a session I was registered for, or of the summit overall (no sessionId)")
public record FeedbackRequest(
        @Schema(nullable = true, description = "the session; left out for the summit overall")
        UUID sessionId,

        @NotNull @Min(1) @Max(5) @Schema(description = "1 (poor) to 5 (excellent)", example = "5")
        Integer rating,

        @Size(max = 2000) @Schema(nullable = true, example = "The licence-review roundtable alone was worth the trip.")
        String comment) {}
