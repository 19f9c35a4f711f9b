package org.ospo.summit.invitation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.api.UpdateSummitRequest;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.invitation.service.SummitSettings;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.security.Roles;

@Path("/api/summit")
@Produces(MediaType.APPLICATION_JSON)
public class SummitResource {

    private final SummitService service;
    private final EntityTags tags;
    private final SummitSettings settings;

    public SummitResource(SummitService service, EntityTags tags, SummitSettings settings) {
        this.settings = settings;
        this.tags = tags;
        this.service = service;
    }

    @GET
    @Tag(name = Audience.PUBLIC)
    @Operation(
            operationId = "getCurrentEdition",
            summary = "The current edition",
            description = "Public: name, year, dates, venue, capacity, RSVP "
                    + "deadline, referral quota and where non-invitees are pointed. Other editions: GET /api/summits.")
    @APIResponse(
            responseCode = "200",
            description = "The summit",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "summit", ref = "getCurrentEditionSummit")))
    public Uni<Response> get(@Context HttpHeaders headers) {
        return settings.rendered(null).map(json -> json.response(headers));
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "updateCurrentEdition",
            summary = "Change the current edition's settings",
            description = "Capacity cannot go "
                    + "below the seats taken (409); raising it promotes the oldest waitlisted invitees at once. The same as "
                    + "PUT /api/summits/{id} for the current edition.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "settings", ref = "updateCurrentEditionSettings")))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "summit", ref = "updateCurrentEditionSummit")))
    @APIResponse(responseCode = "400", description = "Invalid settings (violations name the fields)")
    @APIResponse(
            responseCode = "409",
            description = "Capacity below the seats taken, an illegal status change, or a "
                    + "change other than status to a past edition")
    public Uni<Response> update(
            @Valid @NotNull UpdateSummitRequest request, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(null, request, ifMatch).map(tags::ok);
    }
}
