package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.AttendeeSort;
import org.ospo.summit.attendee.api.AttendeeStats;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.service.AttendeeInsights;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.QueryEnums;
import org.ospo.summit.platform.security.Roles;

/**
 * Attendees for organizers: an edition's list and figures, and any one attendee. An attendee's own endpoints, under
 * /api/attendees/me, are {@link MyAttendeeResource}'s.
 */
@Path("/api/attendees")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
@Tag(name = Audience.ORGANIZER)
public class AttendeeResource {
    private final AttendeeService service;
    private final AttendeeInsights insights;

    public AttendeeResource(AttendeeService service, AttendeeInsights insights) {
        this.service = service;
        this.insights = insights;
    }

    @GET
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
    @Path("/{id}")
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
