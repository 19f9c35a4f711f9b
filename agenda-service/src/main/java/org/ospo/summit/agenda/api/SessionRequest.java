package org.ospo.summit.agenda.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.contracts.events.Topic;

@Schema(description = "A session of the draft agenda")
public record SessionRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Legal roundtable: licences in products")
        String title,

        @JsonProperty("abstract")
        @Size(max = 4000)
        @Schema(name = "abstract", example = "Share how your company reviews licences.")
        String summary,

        @NotNull @Schema(example = "ROUNDTABLE") SessionKind kind,

        @NotNull @Size(max = 6) @Schema(example = "[\"LEGAL\"]")
        List<@NotNull Topic> topics,

        @NotNull @Size(max = 10) @Valid List<@NotNull Speaker> speakers,
        @NotNull UUID roomId,

        @NotNull @Schema(example = "2027-03-20T14:00:00.000+08:00")
        OffsetDateTime startsAt,

        @NotNull @Schema(example = "2027-03-20T15:00:00.000+08:00")
        OffsetDateTime endsAt,

        @Min(1) @Max(10000) @Schema(description = "defaults to the room's capacity", example = "30")
        Integer capacity) {

    @Schema(name = "SpeakerInput", description = "A speaker of a draft session")
    public record Speaker(
            @NotBlank @Size(max = 200) @Schema(example = "韩梅梅")
            String name,

            @NotBlank @Size(max = 200) @Schema(example = "Example Tech")
            String company,

            @Size(max = 2000) String bio) {}
}
