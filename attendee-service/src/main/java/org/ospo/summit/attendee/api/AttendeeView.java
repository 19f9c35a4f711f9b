package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.Readiness;

@Schema(description = "An attendee: profile, preparation dossier, and how complete it is")
public record AttendeeView(UUID id, UUID invitationId, @Schema(example = "李雷") String fullName,
        @Schema(example = "li.lei@example.com") String email, @Schema(example = "Example Tech") String company,
        @Schema(example = "OSPO lead") String jobTitle, @Schema(example = "zh-CN") String locale, AttendeeStatus status,
        OffsetDateTime registeredAt,
        @Schema(description = "the preparation dossier; empty until the attendee fills it in") Map<String, Object> preparation,
        @Schema(description = "0–100", example = "0") int completeness,
        @Schema(example = "NOT_STARTED") Readiness readiness,
        @Schema(description = "when the attendee withdrew (declined after accepting, or revoked)") OffsetDateTime withdrawnAt) {
}
