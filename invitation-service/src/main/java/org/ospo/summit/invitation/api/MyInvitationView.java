package org.ospo.summit.invitation.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.model.Invitation;

@Schema(description = "The signed-in attendee's own invitation (what the organizers wrote about them is not included)")
public record MyInvitationView(
        UUID id,
        @Schema(description = "the edition", example = "1") int summitId,
        @Schema(example = "ACCEPTED") InvitationStatus status,
        @Schema(example = "王芳") String fullName,
        @Schema(example = "Example Tech") String company,
        @Schema(nullable = true) String jobTitle,
        @Schema(example = "wang.fang@example.com") String email,
        @Schema(ref = Locales.SCHEMA) String locale,
        @Schema(nullable = true) OffsetDateTime respondedAt) {

    public static MyInvitationView of(Invitation i) {
        return new MyInvitationView(
                i.id, i.summitId, i.status, i.fullName, i.company, i.jobTitle, i.email, i.locale, i.respondedAt);
    }
}
