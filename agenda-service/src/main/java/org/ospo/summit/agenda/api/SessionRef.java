package org.ospo.summit.agenda.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.agenda.model.SessionStatus;

@Schema(description = "A draft session's id and status")
public record SessionRef(
        UUID id, @Schema(example = "SCHEDULED") SessionStatus status) {}
