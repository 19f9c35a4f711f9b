package org.ospo.summit.invitation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.invitation.api.LoginRequest;
import org.ospo.summit.invitation.api.TokenResponse;
import org.ospo.summit.invitation.config.InvitationSettings;
import org.ospo.summit.invitation.security.TokenIssuer;
import org.ospo.summit.platform.problem.ProblemException;

@Path("/api/auth")
@Tag(name = Audience.ORGANIZER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    private final InvitationSettings.Auth config;
    private final TokenIssuer issuer;

    public AuthResource(InvitationSettings settings, TokenIssuer issuer) {
        this.config = settings.auth();
        this.issuer = issuer;
    }

    @POST
    @Path("/login")
    @Operation(
            operationId = "signIn",
            summary = "Sign in as an organizer",
            description = "Public. Returns a bearer token with the "
                    + "organizer role. The local run (./summit up) has one account: organizer / summit-local.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "local organizer", ref = "signInLocalOrganizer")))
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content =
                    @Content(
                            schema = @Schema(implementation = TokenResponse.class),
                            examples = @ExampleObject(name = "token", ref = "signInToken")))
    @APIResponse(responseCode = "400", description = "Missing username or password")
    @APIResponse(responseCode = "401", description = "Wrong credentials")
    public TokenResponse login(@Valid @NotNull LoginRequest request) {
        String expected = config.accounts().get(request.username());
        // compare even for unknown users, so the answer time does not tell which usernames exist
        boolean matches =
                MessageDigest.isEqual(bytes(expected == null ? "\u0000unknown" : expected), bytes(request.password()));
        if (expected == null || !matches) {
            throw new ProblemException(401, ProblemType.INVALID_CREDENTIALS, "Wrong username or password");
        }
        TokenIssuer.IssuedToken token = issuer.organizer(request.username());
        return TokenResponse.bearer(token.token(), token.expiresIn());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
