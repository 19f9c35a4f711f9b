package org.ospo.summit.invitation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.api.DeclineRequest;
import org.ospo.summit.invitation.api.RsvpResult;
import org.ospo.summit.invitation.api.RsvpView;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.security.TokenIssuer;
import org.ospo.summit.invitation.service.RsvpService;

@Path("/api/rsvp/{token}")
@Tag(name = Audience.INVITEE)
@Produces(MediaType.APPLICATION_JSON)
public class RsvpResource {
    private final RsvpService service;
    private final TokenIssuer issuer;

    public RsvpResource(RsvpService service, TokenIssuer issuer) {
        this.service = service;
        this.issuer = issuer;
    }

    @GET
    @Operation(
            operationId = "viewInvitation",
            summary = "What the invitation link shows",
            description = "Who is invited to which edition, the answer so far and the RSVP deadline, in the "
                    + "invitation's language. The token from the link is the credential: no sign-in.")
    @APIResponse(
            responseCode = "200",
            description = "The invitation",
            content =
                    @Content(
                            schema = @Schema(implementation = RsvpView.class),
                            examples = @ExampleObject(name = "invitation", ref = "viewInvitationInvitation")))
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "410", description = "Expired, revoked, or the person's data erased")
    public Uni<RsvpView> view(
            @Parameter(description = "the token from the invitation link") @PathParam("token") @Size(max = 100)
                    String token) {
        return service.view(token);
    }

    @POST
    @Path("/accept")
    @Operation(
            operationId = "acceptInvitation",
            summary = "Accept the invitation",
            description = "ACCEPTED while seats are left (with an attendee "
                    + "token), WAITLISTED after. Accepting twice returns the same result.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted or waitlisted",
            content =
                    @Content(
                            schema = @Schema(implementation = RsvpResult.class),
                            examples = {
                                @ExampleObject(name = "accepted", ref = "acceptInvitationAccepted"),
                                @ExampleObject(name = "waitlisted", ref = "acceptInvitationWaitlisted")
                            }))
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "409", description = "Already declined, or the edition is past (read-only)")
    @APIResponse(responseCode = "410", description = "Expired, revoked, erased or past the RSVP deadline")
    public Uni<RsvpResult> accept(@PathParam("token") @Size(max = 100) String token) {
        return service.accept(token).map(this::result);
    }

    @POST
    @Path("/decline")
    @Operation(
            operationId = "declineInvitation",
            summary = "Decline the invitation",
            description =
                    "Also withdraws an accepted invitee (their seat "
                            + "goes to the waiting list). Declining twice returns the same result. Points to the open conference.")
    @RequestBody(
            required = false,
            content = @Content(examples = @ExampleObject(name = "decline", ref = "declineInvitationDecline")))
    @APIResponse(
            responseCode = "200",
            description = "Declined",
            content =
                    @Content(
                            schema = @Schema(implementation = RsvpResult.class),
                            examples = @ExampleObject(name = "declined", ref = "declineInvitationDeclined")))
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "409", description = "The edition is past (read-only)")
    @APIResponse(responseCode = "410", description = "Expired, revoked, or the person's data erased")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RsvpResult> decline(@PathParam("token") @Size(max = 100) String token, @Valid DeclineRequest request) {
        String reason =
                request == null || request.reason() == null || request.reason().isBlank()
                        ? null
                        : request.reason().trim();
        return service.decline(token, reason)
                .map(summit -> new RsvpResult(InvitationStatus.DECLINED, null, null, null, summit.openConferenceUrl));
    }

    @POST
    @Path("/token")
    @Operation(
            operationId = "getAttendeeToken",
            summary = "A fresh attendee token (lost token)",
            description = "For an accepted invitation only.")
    @APIResponse(
            responseCode = "200",
            description = "A new attendee token",
            content =
                    @Content(
                            schema = @Schema(implementation = RsvpResult.class),
                            examples = @ExampleObject(name = "token", ref = "getAttendeeTokenToken")))
    @APIResponse(responseCode = "404", description = "Unknown token")
    @APIResponse(responseCode = "409", description = "Not accepted")
    @APIResponse(responseCode = "410", description = "Expired, revoked, or the person's data erased")
    public Uni<RsvpResult> token(@PathParam("token") @Size(max = 100) String token) {
        return service.accepted(token).map(this::result);
    }

    private RsvpResult result(Invitation invitation) {
        if (invitation.status != InvitationStatus.ACCEPTED) {
            return new RsvpResult(invitation.status, null, null, null, null);
        }
        TokenIssuer.IssuedToken token =
                issuer.attendee(invitation.attendeeId, invitation.id, invitation.summitId, invitation.email);
        return new RsvpResult(invitation.status, invitation.attendeeId, token.token(), token.expiresIn(), null);
    }
}
