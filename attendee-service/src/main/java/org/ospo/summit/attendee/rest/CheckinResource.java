package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.Jwks;
import org.ospo.summit.attendee.service.BadgeKeys;
import org.ospo.summit.contracts.api.Audience;

/** What the door needs: the keys that verify badges offline. */
@Path("/api/checkin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audience.PUBLIC)
public class CheckinResource {
    private final BadgeKeys keys;

    public CheckinResource(BadgeKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/keys")
    @Operation(
            operationId = "getCheckinKeys",
            summary = "The keys that verify badges",
            description = "Public. The JWKS (ES256, P-256) badge codes are signed with: a door phone fetches it while "
                    + "it has a network and verifies every badge's signature, nbf and exp offline. A key that no longer "
                    + "signs stays listed while badges it signed may still be shown. Cacheable for five minutes.")
    @APIResponse(
            responseCode = "200",
            description = "The public keys",
            content =
                    @Content(
                            schema = @Schema(implementation = Jwks.class),
                            examples = @ExampleObject(name = "keys", ref = "getCheckinKeysKeys")))
    public Uni<Response> keys() {
        return keys.jwks()
                .map(jwks -> Response.ok(jwks, MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                        .build());
    }
}
