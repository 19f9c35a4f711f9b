package org.ospo.summit.attendee.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/attendees")
@Tag(name = "Attendees", description = "Attendees and their preparation")
@Produces(MediaType.APPLICATION_JSON)
public class AttendeeResource {
    static final String EXAMPLE = "{\"id\": \"7d1f0c55-3b1e-4a5c-8c36-0d5b8f6b2e90\", \"invitationId\": "
            + "\"0b6c7d2e-4f7a-4d55-9d8e-2f1f7b0c9a11\", \"fullName\": \"李雷\", \"email\": \"li.lei@example.com\", "
            + "\"company\": \"Example Tech\", \"locale\": \"zh-CN\", \"status\": \"ACTIVE\", \"preparation\": {}, "
            + "\"completeness\": 0, \"readiness\": \"NOT_STARTED\"}";

    private final AttendeeService service;
    private final JsonWebToken jwt;

    public AttendeeResource(AttendeeService service, JsonWebToken jwt) {
        this.service = service;
        this.jwt = jwt;
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ATTENDEE)
    @Operation(summary = "My profile and preparation", description = "For the attendee token received on accepting.")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(examples = @ExampleObject(
            name = "attendee", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "Not registered yet (the acceptance is still on its way)")
    public Uni<AttendeeView> me() {
        return service.me(AttendeeIds.of(jwt));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(summary = "One attendee (organizers)")
    @APIResponse(responseCode = "200", description = "The attendee", content = @Content(examples = @ExampleObject(
            name = "attendee", value = EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such attendee")
    public Uni<AttendeeView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
