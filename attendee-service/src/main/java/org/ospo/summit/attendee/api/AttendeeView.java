package org.ospo.summit.attendee.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.Readiness;

@Schema(description = "An attendee: profile, preparation dossier, and how complete it is")
public record AttendeeView(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,
        UUID invitationId,

        @Schema(nullable = true, description = "null once erased (GDPR)", example = "李雷")
        String fullName,

        @Schema(nullable = true, description = "null once erased", example = "li.lei@example.com")
        String email,

        @Schema(nullable = true, description = "null once erased", example = "Example Tech")
        String company,

        @Schema(nullable = true, example = "OSPO lead") String jobTitle,

        @Schema(
                nullable = true,
                description = "null once erased",
                enumeration = {Locales.ZH_CN, Locales.EN})
        String locale,

        AttendeeStatus status,
        OffsetDateTime registeredAt,

        @Schema(nullable = true, description = "the preparation dossier; null until the attendee fills it in")
        Preparation preparation,

        @Schema(description = "0–100: share of the letter's eight preparation items done", example = "75")
        int completeness,

        @Schema(example = "IN_PROGRESS") Readiness readiness,
        @Schema(nullable = true) OffsetDateTime preparationUpdatedAt,

        @Schema(nullable = true, description = "when the attendee withdrew (declined after accepting, or revoked)")
        OffsetDateTime withdrawnAt) {

    /** The OpenAPI shape of a page of these (the endpoint returns the platform's generic {@code Page}). */
    @Schema(name = "AttendeePage", description = "A page of attendees")
    public record Paged(
            List<AttendeeView> items,
            @Schema(example = "0") int page,
            @Schema(example = "20") int size,
            @Schema(example = "57") long total) {}
}
