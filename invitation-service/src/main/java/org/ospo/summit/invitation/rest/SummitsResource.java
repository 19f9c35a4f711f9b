package org.ospo.summit.invitation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.CreateSummitRequest;
import org.ospo.summit.invitation.api.FromPreviousRequest;
import org.ospo.summit.invitation.api.FromPreviousResult;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.api.UpdateSummitRequest;
import org.ospo.summit.invitation.service.InvitationsFromPrevious;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.invitation.service.SummitSettings;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.Roles;

/** The summit's editions, year after year; {@code /api/summit} is the current one. */
@Path("/api/summits")
@Produces(MediaType.APPLICATION_JSON)
public class SummitsResource {

    private final SummitService service;
    private final InvitationsFromPrevious fromPrevious;
    private final PublicUrls urls;

    private final EntityTags tags;
    private final SummitSettings settings;

    public SummitsResource(
            SummitService service,
            InvitationsFromPrevious fromPrevious,
            PublicUrls urls,
            EntityTags tags,
            SummitSettings settings) {
        this.settings = settings;
        this.tags = tags;
        this.service = service;
        this.fromPrevious = fromPrevious;
        this.urls = urls;
    }

    @GET
    @Tag(name = Audience.PUBLIC)
    @Operation(
            operationId = "listEditions",
            summary = "The editions",
            description = "Public: every edition of the summit, newest first; the one "
                    + "with current = true is what /api/summit means.")
    @APIResponse(
            responseCode = "200",
            description = "Newest first",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = SummitView.class,
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                            examples = @ExampleObject(name = "editions", ref = "listEditionsEditions")))
    public Uni<List<SummitView>> list() {
        return service.list();
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "createEdition",
            summary = "Start a new edition",
            description = "The edition starts in PLANNING and is not "
                    + "current. With copyFrom, settings left out (name, timezone, venue, capacity, referralQuota, "
                    + "openConferenceUrl) are taken from that edition and agenda-service copies its rooms; people and sessions "
                    + "are never copied (invite earlier people with POST /api/summits/{id}/invitations/from-previous).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "next year", ref = "createEditionNextYear")))
    @APIResponse(
            responseCode = "201",
            description = "Created (Location: the edition)",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "created", ref = "createEditionCreated")))
    @APIResponse(responseCode = "400", description = "Invalid settings, or copyFrom names no edition")
    public Uni<Response> create(@Valid @NotNull CreateSummitRequest request) {
        return service.create(request)
                .map(view -> Response.created(urls.location("/api/summits/" + view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @Path("/{id}")
    @Tag(name = Audience.PUBLIC)
    @Operation(operationId = "getEdition", summary = "One edition", description = "Public.")
    @APIResponse(
            responseCode = "200",
            description = "The edition",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "edition", ref = "getEditionEdition")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<Response> get(@PathParam("id") int id, @Context HttpHeaders headers) {
        return settings.rendered(id).map(json -> json.response(headers));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "updateEdition",
            summary = "Change an edition",
            description = "Settings as for PUT /api/summit, plus the "
                    + "status: PLANNING → OPEN | CLOSED, OPEN → CLOSED, CLOSED → OPEN | ARCHIVED. A CLOSED or ARCHIVED edition "
                    + "is read-only: only its status changes (409 otherwise), and its invitations, nominations, sessions and "
                    + "registrations no longer change.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "open it", ref = "updateEditionOpenIt")))
    @APIResponse(
            responseCode = "200",
            description = "Saved",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "edition", ref = "updateEditionEdition")))
    @APIResponse(responseCode = "400", description = "Invalid settings (violations name the fields)")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(
            responseCode = "409",
            description = "Capacity below the seats taken, an illegal status change, or a "
                    + "change other than status to a past edition")
    public Uni<Response> update(
            @PathParam("id") int id,
            @Valid @NotNull UpdateSummitRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(id, request, ifMatch).map(tags::ok);
    }

    @POST
    @Path("/{id}/invitations/from-previous")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "inviteFromPreviousEdition",
            summary = "Invite an earlier edition's people again",
            description = "The chosen people of "
                    + "fromSummitId — who came (attended: true) or not (false), and whose preparation got as far as one of "
                    + "readiness — become DRAFT invitations to this edition (name, company, title, language, selection "
                    + "reasons). Anyone already invited to this edition is skipped, so asking again creates nothing new; "
                    + "erased people are never chosen. Send the drafts once the edition is OPEN.")
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "who came and prepared",
                                            ref = "inviteFromPreviousEditionWhoCameAndPrepared")))
    @APIResponse(
            responseCode = "200",
            description = "Person by person",
            content =
                    @Content(
                            schema = @Schema(implementation = FromPreviousResult.class),
                            examples = @ExampleObject(name = "result", ref = "inviteFromPreviousEditionResult")))
    @APIResponse(responseCode = "400", description = "fromSummitId missing, this edition or no edition")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "This edition is past (read-only)")
    public Uni<FromPreviousResult> fromPrevious(@PathParam("id") int id, @Valid @NotNull FromPreviousRequest request) {
        return fromPrevious.invite(id, request);
    }

    @POST
    @Path("/{id}/make-current")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "makeEditionCurrent",
            summary = "Make an edition the current one",
            description = "One edition is current at a "
                    + "time: /api/summit, the public agenda and every list without ?summit= then mean this one. Announced as "
                    + "summit.updated. Making the current edition current again changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Now current",
            content =
                    @Content(
                            schema = @Schema(implementation = SummitView.class),
                            examples = @ExampleObject(name = "edition", ref = "makeEditionCurrentEdition")))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "The edition is archived")
    public Uni<SummitView> makeCurrent(@PathParam("id") int id) {
        return service.makeCurrent(id);
    }
}
