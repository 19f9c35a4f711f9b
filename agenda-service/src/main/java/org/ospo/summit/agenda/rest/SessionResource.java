package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.DraftSession;
import org.ospo.summit.agenda.api.RegistrationResult;
import org.ospo.summit.agenda.api.SessionDetail;
import org.ospo.summit.agenda.api.SessionRef;
import org.ospo.summit.agenda.api.SessionRequest;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.agenda.service.DraftAgenda;
import org.ospo.summit.agenda.service.RegistrationService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

@Path("/api/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final DraftAgenda draft;
    private final AgendaService agenda;
    private final RegistrationService registrations;
    private final JsonWebToken jwt;

    private final PublicUrls urls;

    public SessionResource(
            DraftAgenda draft,
            AgendaService agenda,
            RegistrationService registrations,
            JsonWebToken jwt,
            PublicUrls urls) {
        this.urls = urls;
        this.draft = draft;
        this.agenda = agenda;
        this.registrations = registrations;
        this.jwt = jwt;
    }

    @POST
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "createSession",
            summary = "Add a session to the draft",
            description = "To the draft of its room's edition; public " + "after that edition's next publication.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", ref = "createSessionSession")))
    @APIResponse(
            responseCode = "201",
            description = "Added (id in Location)",
            content =
                    @Content(
                            schema = @Schema(implementation = SessionRef.class),
                            examples = @ExampleObject(name = "added", ref = "createSessionAdded")))
    @APIResponse(
            responseCode = "400",
            description = "Invalid (ends before it starts, unknown room, over the room's capacity)")
    @APIResponse(
            responseCode = "409",
            description = "Room or speaker double-booked, or a past edition",
            content = @Content(examples = @ExampleObject(name = "clash", ref = "createSessionClash")))
    public Uni<Response> create(@Valid @NotNull SessionRequest request) {
        return draft.create(request)
                .map(s -> Response.created(urls.location("/api/sessions/" + s.id))
                        .header(HttpHeaders.ETAG, draft.tag(s))
                        .entity(new SessionRef(s.id, s.status))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "updateSession",
            summary = "Change a draft session",
            description = "Replaces the session's fields (same rules as adding one: the room free, inside the "
                    + "summit's days). Attendees see the change when the draft is next published. If-Match takes the "
                    + "ETag of GET /api/sessions/{id}/draft (or of the last POST/PUT of this session).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", ref = "updateSessionSession")))
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content =
                    @Content(
                            schema = @Schema(implementation = SessionRef.class),
                            examples = @ExampleObject(name = "changed", ref = "updateSessionChanged")))
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "Room or speaker double-booked, or a past edition")
    public Uni<Response> update(
            @PathParam("id") UUID id,
            @Valid @NotNull SessionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return draft.update(id, request, ifMatch)
                .map(s -> Response.ok(new SessionRef(s.id, s.status))
                        .header(HttpHeaders.ETAG, draft.tag(s))
                        .build());
    }

    @GET
    @Path("/{id}/draft")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "getDraftSession",
            summary = "One session of the draft",
            description = "As organizers edit it (what GET /api/sessions/{id} shows is the published version). Its "
                    + "ETag is the If-Match of PUT /api/sessions/{id}.")
    @APIResponse(
            responseCode = "200",
            description = "The draft session",
            content =
                    @Content(
                            schema = @Schema(implementation = DraftSession.class),
                            examples = @ExampleObject(name = "session", ref = "getDraftSessionSession")))
    @APIResponse(responseCode = "404", description = "No such session in any draft (or it was cancelled)")
    public Uni<DraftSession> draftSession(@PathParam("id") UUID id) {
        return draft.session(id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "cancelSession",
            summary = "Cancel a session",
            description = "The next published version lists it as cancelled.")
    @APIResponse(responseCode = "204", description = "Cancelled")
    @APIResponse(responseCode = "404", description = "No such session")
    @APIResponse(responseCode = "409", description = "A past edition's session")
    public Uni<Response> cancel(@PathParam("id") UUID id) {
        return draft.cancel(id).replaceWith(Response.noContent().build());
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "listDraftSessions",
            summary = "An edition's draft",
            description =
                    "The scheduled sessions of an edition's draft "
                            + "(the current edition's unless ?summit= names another), in time order; cancelled ones are left out.")
    @APIResponse(
            responseCode = "200",
            description = "The draft",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = DraftSession.class),
                            examples = @ExampleObject(name = "draft", ref = "listDraftSessionsDraft")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<List<DraftSession>> draft(@Valid @BeanParam EditionQuery summit) {
        return draft.sessions(summit.id())
                .map(list -> list.stream().map(DraftSession::of).toList());
    }

    @GET
    @Path("/{id}")
    @Tag(name = Audience.PUBLIC)
    @Operation(operationId = "getSession", summary = "One published session (public)", description = "Of any edition.")
    @APIResponse(
            responseCode = "200",
            description = "The session",
            content =
                    @Content(
                            schema = @Schema(implementation = SessionDetail.class),
                            examples = @ExampleObject(name = "session", ref = "getSessionSession")))
    @APIResponse(responseCode = "404", description = "Not in the published agenda")
    @APIResponse(responseCode = "410", description = "Cancelled: it was published, the latest version dropped it")
    public Uni<Response> get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return agenda.detail(id).map(json -> json.response(headers));
    }

    @POST
    @Path("/{id}/registrations")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "registerForSession",
            summary = "Register for a session",
            description = "Accepted attendees only. Registering twice is fine.")
    @APIResponse(
            responseCode = "201",
            description = "Registered",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationResult.class),
                            examples = @ExampleObject(name = "registered", ref = "registerForSessionRegistered")))
    @APIResponse(
            responseCode = "200",
            description = "Already registered",
            content =
                    @Content(
                            schema = @Schema(implementation = RegistrationResult.class),
                            examples = @ExampleObject(name = "already", ref = "registerForSessionAlready")))
    @APIResponse(responseCode = "403", description = "Not an accepted attendee (or withdrawn)")
    @APIResponse(responseCode = "404", description = "Not a published session")
    @APIResponse(
            responseCode = "409",
            description = "Full, overlapping one of my sessions (clashingSessionId), or a " + "past edition")
    public Uni<Response> register(@PathParam("id") UUID id) {
        UUID attendee = AttendeeIds.of(jwt);
        return registrations
                .register(id, attendee)
                .map(outcome -> Response.status(outcome.created() ? 201 : 200)
                        .location(urls.location("/api/sessions/" + id + "/registrations/me"))
                        .entity(new RegistrationResult(id, outcome.seatsLeft()))
                        .build());
    }

    @DELETE
    @Path("/{id}/registrations/me")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "leaveSession",
            summary = "Leave a session",
            description = "Frees my seat for someone else; leaving a session I am not registered for is a 404.")
    @APIResponse(responseCode = "204", description = "Left; the seat is free")
    @APIResponse(responseCode = "404", description = "Not registered")
    @APIResponse(responseCode = "409", description = "A past edition's session")
    public Uni<Response> leave(@PathParam("id") UUID id) {
        return registrations
                .leave(id, AttendeeIds.of(jwt))
                .replaceWith(Response.noContent().build());
    }
}
