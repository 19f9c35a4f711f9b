package org.ospo.summit.agenda.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A room")
public record RoomRequest(
        @NotBlank @Size(max = 100) @Schema(example = "Hall A")
        String name,

        @NotNull @Min(1) @Max(10000) @Schema(example = "80") Integer capacity) {}
