package org.ospo.summit.invitation.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.MyInvitationView;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

@Path("/api/invitations/me")
@Tag(name = Audience.ATTENDEE)
@Produces(MediaType.APPLICATION_JSON)
public class MyInvitationResource {
    private final InvitationRepository invitations;
    private final JsonWebToken jwt;

    public MyInvitationResource(InvitationRepository invitations, JsonWebToken jwt) {
        this.invitations = invitations;
        this.jwt = jwt;
    }

    @GET
    @RolesAllowed(Roles.ATTENDEE)
    @WithSession
    @Operation(
            operationId = "getMyInvitation",
            summary = "My invitation",
            description = "The invitation the signed-in attendee accepted (also part of "
                    + "GET /api/me/summit at the gateway).")
    @APIResponse(
            responseCode = "200",
            description = "My invitation",
            content =
                    @Content(
                            schema = @Schema(implementation = MyInvitationView.class),
                            examples = @ExampleObject(name = "mine", ref = "getMyInvitationMine")))
    @APIResponse(responseCode = "403", description = "Not an attendee token")
    @APIResponse(responseCode = "404", description = "No invitation belongs to this attendee")
    @APIResponse(responseCode = "410", description = "The invitation was revoked or erased: the token no longer works")
    public Uni<MyInvitationView> mine() {
        var attendeeId = AttendeeIds.of(jwt);
        return invitations.findByAttendee(attendeeId).map(invitation -> {
            if (invitation == null) {
                throw ProblemException.notFound("Invitation of attendee", attendeeId);
            }
            if (!invitation.grantsAccess()) {
                throw ProblemException.gone(
                        "This invitation was revoked or erased; the attendee token no longer works");
            }
            return MyInvitationView.of(invitation);
        });
    }
}
