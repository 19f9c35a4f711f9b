package org.ospo.summit.agenda.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published session with its free seats. */
@Schema(description = "A published session and how many seats are left")
public record SessionDetail(
        @JsonUnwrapped PublishedSession session,
        @Schema(example = "12") int seatsLeft) {}
