package org.ospo.summit.attendee.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.VolunteerArea;

/** My answer about next year; a later one replaces it whole. */
@Schema(description = "Would I come back, where would I help, what should next year discuss, whom should it invite")
public record NextYearAnswer(
        @NotNull
        @Schema(
                nullable = true,
                description = "required when answering; null in GET while I have not answered",
                example = "true")
        Boolean wouldReturn,

        @Size(max = 4) @Schema(nullable = true, example = "[\"PROGRAM\", \"HOSTING\"]")
        List<@NotNull VolunteerArea> volunteerFor,

        @Size(max = 10)
        @Schema(
                nullable = true,
                description = "themes for next year in my words, at most 10 of at most 200 characters",
                example = "[\"AI model licences\", \"OSPO metrics that managers read\"]")
        List<@NotBlank @Size(max = 200) String> suggestedTopics,

        @Size(max = 5)
        @Schema(
                nullable = true,
                description = "emails of peers to invite next year (at most 5): they become nominations for next "
                        + "year's organizers",
                example = "[\"wang.fang@example.com\"]")
        List<@NotBlank @Email @Size(max = 254) String> nominate) {}
