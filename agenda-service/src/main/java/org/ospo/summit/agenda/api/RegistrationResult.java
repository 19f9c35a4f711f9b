package org.ospo.summit.agenda.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A registration for a session, and the seats left after it")
public record RegistrationResult(
        UUID sessionId, @Schema(example = "11") int seatsLeft) {}
