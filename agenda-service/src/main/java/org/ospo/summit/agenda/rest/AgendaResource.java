package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.problem.QueryEnums;

/**
 * The published agenda and its changes, for everyone. The organizer's and the attendee's endpoints under the same
 * path are {@link AgendaOrganizerResource}'s and {@link MyAgendaResource}'s.
 */
@Path("/api/agenda")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = Audience.PUBLIC)
public class AgendaResource {
    private final AgendaService service;

    public AgendaResource(AgendaService service) {
        this.service = service;
    }

    @GET
    @Path("/changes")
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
