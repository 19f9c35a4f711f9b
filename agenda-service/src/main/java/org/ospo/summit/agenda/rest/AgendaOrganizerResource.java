package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.AgendaStats;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.api.TopicDemand;
import org.ospo.summit.agenda.service.AgendaPublisher;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.agenda.service.DemandReport;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.security.Roles;

/** Publishing an edition's agenda and its figures, for organizers. */
@Path("/api/agenda")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
@Tag(name = Audience.ORGANIZER)
public class AgendaOrganizerResource {
    private final AgendaService service;
    private final AgendaPublisher publisher;
    private final DemandReport demand;

    public AgendaOrganizerResource(AgendaService service, AgendaPublisher publisher, DemandReport demand) {
        this.service = service;
        this.publisher = publisher;
        this.demand = demand;
    }

    @POST
    @Path("/publish")
    @Operation(
            operationId = "publishAgenda",
            summary = "Publish the draft",
            description = "Publishes an edition's draft (the current edition's "
                    + "unless ?summit= names another) as its next numbered version with its changelog (added, moved, "
                    + "retitled, updated, cancelled sessions) and announces agenda.published.")
    @APIResponse(
            responseCode = "200",
            description = "Published",
            content =
                    @Content(
                            schema = @Schema(implementation = PublishedVersion.class),
                            examples = @ExampleObject(name = "version", ref = "publishAgendaVersion")))
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "Nothing changed since the last version, or a past edition")
    public Uni<PublishedVersion> publish(@Valid @BeanParam EditionQuery summit) {
        return publisher.publish(summit.id());
    }

    @GET
    @Path("/demand")
    @Operation(
            operationId = "getTopicDemand",
            summary = "Interest per theme against roundtable seats",
            description = "For each of the six themes, in "
                    + "an edition: active attendees who named it in their preparation, the published roundtables on it, their "
                    + "seats and the shortfall.")
    @APIResponse(
            responseCode = "200",
            description = "Demand per theme",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TopicDemand.class),
                            examples = @ExampleObject(name = "demand", ref = "getTopicDemandDemand")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<List<TopicDemand>> demand(@Valid @BeanParam EditionQuery summit) {
        return demand.byTopic(summit.id());
    }

    @GET
    @Path("/stats")
    @Operation(
            operationId = "getAgendaStats",
            summary = "An edition's agenda in figures",
            description =
                    "The latest published version of "
                            + "an edition (the current one unless ?summit= names another), its sessions, the cancelled ones, and the "
                            + "registrations for them. The gateway's GET /api/summits/{id}/stats puts it beside the other figures.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            schema = @Schema(implementation = AgendaStats.class),
                            examples = @ExampleObject(name = "stats", ref = "getAgendaStatsStats")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<AgendaStats> stats(@Valid @BeanParam EditionQuery summit) {
        return service.stats(summit.id());
    }
}
