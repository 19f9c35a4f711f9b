package org.ospo.summit.invitation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.api.UpdateSummitRequest;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.platform.security.Roles;

import io.smallrye.mutiny.Uni;

@Path("/api/summit")
@Tag(name = "Summit", description = "The summit's editions and their settings")
@Produces(MediaType.APPLICATION_JSON)
public class SummitResource {
    static final String SETTINGS = "{\"name\": \"OSPO Summit · 开源项目办公室峰会\", \"startsAt\": "
            + "\"2027-03-20T09:00:00+08:00\", \"endsAt\": \"2027-03-20T18:00:00+08:00\", \"timezone\": "
            + "\"Asia/Shanghai\", \"venue\": \"Shanghai\", \"capacity\": 80, \"rsvpDeadline\": "
            + "\"2027-03-06T23:59:00+08:00\", \"referralQuota\": 2, \"openConferenceUrl\": "
            + "\"https://gotc2023.oschina.net/\"}";
    static final String EXAMPLE = "{\"id\": 1, \"name\": \"OSPO Summit · 开源项目办公室峰会\", \"year\": 2027, "
            + "\"status\": \"OPEN\", \"current\": true, \"startsAt\": \"2027-03-20T09:00:00+08:00\", \"endsAt\": "
            + "\"2027-03-20T18:00:00+08:00\", \"timezone\": \"Asia/Shanghai\", \"venue\": \"Shanghai\", "
            + "\"capacity\": 80, \"rsvpDeadline\": \"2027-03-06T23:59:00+08:00\", \"referralQuota\": 2, "
            + "\"openConferenceUrl\": \"https://gotc2023.oschina.net/\"}";

    private final SummitService service;

    public SummitResource(SummitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The current edition", description = "Public: name, year, dates, venue, capacity, RSVP "
            + "deadline, referral quota and where non-invitees are pointed. Other editions: GET /api/summits.")
    @APIResponse(responseCode = "200", description = "The summit",
            content = @Content(schema = @Schema(implementation = SummitView.class), examples = @ExampleObject(
            name = "summit", value = EXAMPLE)))
    public Uni<SummitView> get() {
        return service.get(null);
    }

    @PUT
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the current edition's settings", description = "Organizers. Capacity cannot go "
            + "below the seats taken (409); raising it promotes the oldest waitlisted invitees at once. The same as "
            + "PUT /api/summits/{id} for the current edition.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "settings", value = SETTINGS)))
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = SummitView.class), examples = @ExampleObject(
            name = "summit", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid settings (violations name the fields)")
    @APIResponse(responseCode = "409", description = "Capacity below the seats taken, an illegal status change, or a "
            + "change other than status to a past edition")
    public Uni<SummitView> update(@Valid @NotNull UpdateSummitRequest request) {
        return service.update(null, request);
    }
}
