package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;

@Path("/api/agenda.ics")
@Tag(name = Audience.PUBLIC)
public class CalendarResource {

    private final AgendaService agenda;

    public CalendarResource(AgendaService agenda) {
        this.agenda = agenda;
    }

    @GET
    @Produces("text/calendar")
    @Operation(
            operationId = "getAgendaCalendar",
            summary = "The published agenda as iCalendar",
            description =
                    "Public, RFC 5545: subscribe to it (the "
                            + "current edition's, or an earlier one's with ?summit=). UIDs "
                            + "stay the same across versions, SEQUENCE grows when a session changes, times carry the summit's time zone "
                            + "(with its VTIMEZONE), cancelled sessions stay as STATUS:CANCELLED. ETag = the version; If-None-Match → 304.")
    @APIResponse(
            responseCode = "200",
            description = "The calendar",
            content =
                    @Content(
                            mediaType = "text/calendar",
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "calendar", ref = "getAgendaCalendarCalendar")),
            headers =
                    @Header(
                            name = HttpHeaders.ETAG,
                            required = true,
                            description = "the published version (edition and number)",
                            schema = @Schema(type = SchemaType.STRING)))
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
    public Uni<Response> calendar(@Context HttpHeaders headers, @Valid @BeanParam EditionQuery summit) {
        return agenda.current(summit.id()).map(current -> {
            String etag = current.etag("ics");
            Response unchanged = Conditional.notModified(headers, etag);
            return unchanged != null ? unchanged : Conditional.ok(current.ics(), AgendaCalendar.MEDIA_TYPE, etag);
        });
    }
}
