package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.AttendeeExport;
import org.ospo.summit.attendee.api.AttendeeSort;
import org.ospo.summit.attendee.api.AttendeeStats;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.service.AttendeeInsights;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.attendee.service.PreparationService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.QueryEnums;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

@Path("/api/attendees")
@Produces(MediaType.APPLICATION_JSON)
public class AttendeeResource {
    private final AttendeeService service;
    private final PreparationService preparations;
    private final AttendeeInsights insights;
    private final JsonWebToken jwt;
    private final EntityTags tags;

    public AttendeeResource(
            AttendeeService service,
            PreparationService preparations,
            AttendeeInsights insights,
            JsonWebToken jwt,
            EntityTags tags) {
        this.tags = tags;
        this.service = service;
        this.preparations = preparations;
        this.insights = insights;
        this.jwt = jwt;
    }

    @PUT
    @Path("/me/preparation")
    @RolesAllowed(Roles.ATTENDEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "saveMyPreparation",
            summary = "Save my preparation",
            description = "The whole dossier (fields left out are cleared). "
                    + "Returns the attendee with the recomputed completeness (0-100: share of the letter's eight preparation "
                    + "items done) and readiness (READY needs the review, lessons, expectations, at least one problem, the "
                    + "manager informed and at least one topic). 409 after the edit deadline, once withdrawn, or once the "
                    + "edition is past (CLOSED or ARCHIVED). If-Match takes the ETag of GET /api/attendees/me.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "preparation", ref = "saveMyPreparationPreparation")))
    @APIResponse(
            responseCode = "200",
            description = "Saved and scored",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.class),
                            examples = @ExampleObject(name = "attendee", ref = "saveMyPreparationAttendee")))
    @APIResponse(responseCode = "400", description = "Invalid dossier (violations name the fields)")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "After the edit deadline, withdrawn, or a past edition")
    public Uni<Response> prepare(
            @Valid @NotNull Preparation preparation, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return preparations.update(AttendeeIds.of(jwt), preparation, ifMatch).map(tags::ok);
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "listAttendees",
            summary = "Attendees (organizers)",
            description = "An edition's attendees, paged (Link: first, prev, "
                    + "next, last), newest first unless sort= says otherwise; filter by readiness, topic and q (name, email, "
                    + "company). Active attendees unless status=WITHDRAWN.")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.Paged.class),
                            examples = @ExampleObject(name = "page", ref = "listAttendeesPage")))
    @APIResponse(responseCode = "400", description = "Unknown readiness, topic or sort, bad paging")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<Page<AttendeeView>> list(
            @Valid @BeanParam EditionQuery summit,
            @Parameter(
                            description = "how far the preparation is",
                            example = "READY",
                            schema = @Schema(implementation = Readiness.class))
                    @QueryParam("readiness")
                    String readiness,
            @Parameter(
                            description = "one of the six themes",
                            example = "LEGAL",
                            schema = @Schema(implementation = Topic.class))
                    @QueryParam("topic")
                    String topic,
            @Parameter(description = "matches name, email or company", example = "example")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Parameter(
                            description = "ACTIVE (the default) or WITHDRAWN",
                            example = "ACTIVE",
                            schema = @Schema(implementation = AttendeeStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = AttendeeSort.DESCRIPTION,
                            example = "NEWEST",
                            schema = @Schema(implementation = AttendeeSort.class))
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageRequest page) {
        AttendeeStatus wanted = QueryEnums.parse(AttendeeStatus.class, "status", status);
        return insights.list(
                summit.id(),
                wanted == null ? AttendeeStatus.ACTIVE : wanted,
                QueryEnums.parse(Readiness.class, "readiness", readiness),
                QueryEnums.parse(Topic.class, "topic", topic),
                q,
                QueryEnums.parseOr(AttendeeSort.class, "sort", sort, AttendeeSort.NEWEST),
                page);
    }

    @GET
    @Path("/stats")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "getAttendeeStats",
            summary = "What the attendees bring (organizers)",
            description = "Readiness counts, interest per "
                    + "topic, sponsorship offers, organizing-team volunteers, and the collected problems grouped (the same "
                    + "text after normalisation counts once per attendee). An edition's active attendees only.")
    @APIResponse(
            responseCode = "200",
            description = "The numbers",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeStats.class),
                            examples = @ExampleObject(name = "stats", ref = "getAttendeeStatsStats")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<AttendeeStats> stats(@Valid @BeanParam EditionQuery summit) {
        return insights.stats(summit.id());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "getMyAttendee",
            summary = "My profile and preparation",
            description = "For the attendee token received on accepting.")
    @APIResponse(
            responseCode = "200",
            description = "The attendee",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.class),
                            examples = @ExampleObject(name = "attendee", ref = "getMyAttendeeAttendee")))
    @APIResponse(responseCode = "404", description = "Not registered yet (the acceptance is still on its way)")
    public Uni<AttendeeView> me() {
        return service.me(AttendeeIds.of(jwt));
    }

    @GET
    @Path("/me/export")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "exportMyData",
            summary = "Export my data",
            description = "Everything attendee-service holds about me (GDPR).")
    @APIResponse(
            responseCode = "200",
            description = "My data",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeExport.class),
                            examples = @ExampleObject(name = "export", ref = "exportMyDataExport")))
    @APIResponse(responseCode = "404", description = "No profile (never registered, or erased)")
    public Uni<Response> export() {
        return service.export(AttendeeIds.of(jwt))
                .map(data -> Response.ok(data)
                        .header("Content-Disposition", "attachment; filename=\"my-summit-data.json\"")
                        .build());
    }

    @DELETE
    @Path("/me")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "eraseMe",
            summary = "Erase me",
            description = "GDPR erasure: the profile and preparation are erased here, and "
                    + "attendee.erased makes the other services erase or anonymise what they hold (the invitation keeps only "
                    + "what seat counting needs). Erasing twice is fine.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public Uni<Response> erase() {
        return service.erase(AttendeeIds.of(jwt))
                .replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "getAttendee",
            summary = "One attendee (organizers)",
            description = "Profile, preparation dossier and readiness of any attendee of any edition.")
    @APIResponse(
            responseCode = "200",
            description = "The attendee",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.class),
                            examples = @ExampleObject(name = "attendee", ref = "getAttendeeAttendee")))
    @APIResponse(responseCode = "404", description = "No such attendee")
    public Uni<AttendeeView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
