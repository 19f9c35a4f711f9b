package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.AgendaStats;
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.api.TopicDemand;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.service.AgendaPublisher;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.agenda.service.DemandReport;
import org.ospo.summit.agenda.service.RegistrationService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.problem.QueryEnums;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

@Path("/api/agenda")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {
    private final AgendaService service;
    private final AgendaPublisher publisher;
    private final RegistrationService registrations;
    private final DemandReport demand;
    private final JsonWebToken jwt;

    public AgendaResource(
            AgendaService service,
            AgendaPublisher publisher,
            RegistrationService registrations,
            DemandReport demand,
            JsonWebToken jwt) {
        this.service = service;
        this.publisher = publisher;
        this.registrations = registrations;
        this.demand = demand;
        this.jwt = jwt;
    }

    @POST
    @Path("/publish")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
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
    @Path("/me.ics")
    @Produces("text/calendar")
    @RolesAllowed(Roles.ATTENDEE)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "getMyCalendar",
            summary = "My sessions as iCalendar",
            description = "The published sessions I registered for, and the "
                    + "cancelled ones as STATUS:CANCELLED, with the same UIDs as the public calendar.")
    @APIResponse(
            responseCode = "200",
            description = "My calendar",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "calendar", ref = "getMyCalendarCalendar")))
    @APIResponse(responseCode = "403", description = "Not an attendee token")
    public Uni<Response> myCalendar() {
        return registrations
                .calendarOf(AttendeeIds.of(jwt))
                .map(ics -> Response.ok(ics, AgendaCalendar.MEDIA_TYPE)
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                        .build());
    }

    @GET
    @Path("/demand")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
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
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
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

    @GET
    @Path("/changes")
    @Tag(name = Audience.PUBLIC)
    @Operation(
            operationId = "listAgendaChanges",
            summary = "What changed since a version",
            description = "Public. Every later version of an edition's "
                    + "agenda (the current edition's by default), oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "Later versions with their changes",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = PublishedVersion.class),
                            examples = @ExampleObject(name = "changes", ref = "listAgendaChangesChanges")))
    @APIResponse(responseCode = "400", description = "since is not a version number")
    public Uni<List<PublishedVersion>> changes(
            @Parameter(
                            description = "the version the client has",
                            example = "1",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "0"))
                    @QueryParam("since")
                    String since,
            @Valid @BeanParam EditionQuery summit) {
        int from;
        try {
            from = since == null || since.isBlank() ? 0 : Integer.parseInt(since.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("since", "must be a version number");
        }
        if (from < 0) {
            throw ProblemException.invalid("since", "must be 0 or more");
        }
        return service.changesSince(summit.id(), from);
    }

    @GET
    @Tag(name = Audience.PUBLIC)
    @Operation(
            operationId = "getAgenda",
            summary = "The published agenda",
            description = "Public. The current edition's, or an earlier one's "
                    + "with ?summit=. Filter by day (the session's date in the summit's time zone), topic and kind. Version 0 with no sessions until organizers publish. Served from "
                    + "memory; send the ETag back in If-None-Match to get 304 while the version is unchanged.")
    @APIResponse(
            responseCode = "200",
            description = "The agenda; ETag = the version",
            content =
                    @Content(
                            schema = @Schema(implementation = AgendaView.class),
                            examples = {
                                @ExampleObject(name = "not published yet", ref = "getAgendaNotPublishedYet"),
                                @ExampleObject(name = "published", ref = "getAgendaPublished")
                            }),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            required = true,
                            description = "the published version (edition and number)",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "Unknown topic or kind, or a malformed day")
    @APIResponse(
            responseCode = "304",
            description = "The version named in If-None-Match is still the latest",
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            required = true,
                            description = "the published version (edition and number)",
                            schema = @Schema(type = SchemaType.STRING)))
    @Parameter(
            name = HttpHeaders.IF_NONE_MATCH,
            in = ParameterIn.HEADER,
            description = "the ETag of the version you " + "have: 304 while it is the latest",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<Response> agenda(
            @Valid @BeanParam EditionQuery summit,
            @Parameter(
                            description = "the session's date in the summit's time zone",
                            example = "2027-03-20",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("day")
                    String day,
            @Parameter(
                            description = "one of the six themes",
                            example = "LEGAL",
                            schema = @Schema(implementation = Topic.class))
                    @QueryParam("topic")
                    String topic,
            @Parameter(
                            description = "the kind of session",
                            example = "ROUNDTABLE",
                            schema = @Schema(implementation = SessionKind.class))
                    @QueryParam("kind")
                    String kind,
            @Context HttpHeaders headers) {
        LocalDate onDay = parseDay(day);
        Topic onTopic = QueryEnums.parse(Topic.class, "topic", topic);
        SessionKind ofKind = QueryEnums.parse(SessionKind.class, "kind", kind);
        return service.current(summit.id()).map(current -> {
            String etag = current.etag("agenda");
            Response unchanged = Conditional.notModified(headers, etag);
            if (unchanged != null) {
                return unchanged;
            }
            boolean all = onDay == null && onTopic == null && ofKind == null;
            return Conditional.ok(
                    all ? current.json() : AgendaService.filter(current, onDay, onTopic, ofKind),
                    MediaType.APPLICATION_JSON,
                    etag);
        });
    }

    private static LocalDate parseDay(String day) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(day.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("day", "must be a date like 2027-03-20");
        }
    }
}
