package org.ospo.summit.invitation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.events.InvitationStatus;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        description = "The answer to an RSVP. An accepted invitee gets an attendee token; a waitlisted one waits "
                + "for a seat (no token yet); a declined one is pointed to the open conference.")
public record RsvpResult(
        @Schema(example = "ACCEPTED") InvitationStatus status,

        @Schema(nullable = true, description = "accepted only")
        UUID attendeeId,

        @Schema(nullable = true, description = "accepted only: the attendee JWT (groups: attendee)")
        String accessToken,

        @Schema(nullable = true, description = "accepted only: seconds until accessToken expires", example = "2592000")
        Long expiresIn,

        @Schema(nullable = true, description = "declined only: where everyone is welcome")
        String openConferenceUrl) {}
