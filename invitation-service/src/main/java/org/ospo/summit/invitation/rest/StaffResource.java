package org.ospo.summit.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.StaffRequest;
import org.ospo.summit.invitation.api.TokenResponse;
import org.ospo.summit.invitation.security.TokenIssuer;
import org.ospo.summit.platform.security.Roles;

/** Sign-ins for door volunteers, issued by organizers. */
@Path("/api/staff")
@Tag(name = Audience.ORGANIZER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
public class StaffResource {
    private final TokenIssuer issuer;

    public StaffResource(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    @Operation(
            operationId = "issueStaffSignIn",
            summary = "Sign in a door volunteer",
            description = "Organizers. A bearer token with the staff role, for at most 24 hours: it checks attendees "
                    + "in (POST /api/checkins, GET /api/checkins/{attendeeId}) and nothing else. Hand it to the door "
                    + "phone; it expires on its own.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "door A", ref = "issueStaffSignInDoorA")))
    @APIResponse(
            responseCode = "200",
            description = "The staff sign-in",
            content =
                    @Content(
                            schema = @Schema(implementation = TokenResponse.class),
                            examples = @ExampleObject(name = "token", ref = "issueStaffSignInToken")))
    @APIResponse(responseCode = "400", description = "No name, or not 1 to 24 hours")
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public TokenResponse issue(@Valid @NotNull StaffRequest request) {
        TokenIssuer.IssuedToken token = issuer.staff(request.name().trim(), Duration.ofHours(request.validHours()));
        return TokenResponse.bearer(token.token(), token.expiresIn());
    }
}
