package org.ospo.summit.invitation.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ospo.summit.contracts.api.Locales;
import org.ospo.summit.contracts.events.InvitationStatus;

@Schema(description = "What the invitee sees behind their RSVP link")
public record RsvpView(
        Invitee invitee,
        SummitView summit,
        InvitationStatus status,
        @Schema(description = "the RSVP deadline") OffsetDateTime expiresAt,
        @Schema(ref = Locales.SCHEMA) String locale) {

    public record Invitee(
            @Schema(example = "李雷") String fullName,
            @Schema(example = "Example Tech") String company) {}
}
