package org.ospo.summit.agenda.rest;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import org.ospo.summit.platform.edition.EditionQuery;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.service.AgendaService;

import io.smallrye.mutiny.Uni;

@Path("/api/agenda.ics")
@Tag(name = "Agenda", description = "The published agenda (public)")
public class CalendarResource {
    static final String ICS_EXAMPLE = "BEGIN:VCALENDAR\r\nPRODID:-//OSPO Summit//Agenda//EN\r\nVERSION:2.0\r\n"
            + "METHOD:PUBLISH\r\nBEGIN:VEVENT\r\nDTSTAMP:20270201T020000Z\r\n"
            + "DTSTART;TZID=Asia/Shanghai:20270320T140000\r\nDTEND;TZID=Asia/Shanghai:20270320T150000\r\n"
            + "SUMMARY:Legal roundtable\r\nUID:5f0e2c1a-7b3d-4c9e-8f1a-2b3c4d5e6f70@ospo-summit\r\nSEQUENCE:1\r\n"
            + "STATUS:CONFIRMED\r\nLOCATION:Room B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    private final AgendaService agenda;

    public CalendarResource(AgendaService agenda) {
        this.agenda = agenda;
    }

    @GET
    @Produces("text/calendar")
    @Operation(summary = "The published agenda as iCalendar", description = "Public, RFC 5545: subscribe to it (the "
            + "current edition's, or an earlier one's with ?summit=). UIDs "
            + "stay the same across versions, SEQUENCE grows when a session changes, times carry the summit's time zone "
            + "(with its VTIMEZONE), cancelled sessions stay as STATUS:CANCELLED. ETag = the version; If-None-Match → 304.")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = "text/calendar",
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "calendar", value = ICS_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "The version named in If-None-Match is still the latest")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<Response> calendar(@Context HttpHeaders headers,
            @Valid @BeanParam EditionQuery summit) {
        return agenda.current(summit.id()).map(current -> {
            String etag = current.etag("ics");
            Response unchanged = Conditional.notModified(headers, etag);
            return unchanged != null ? unchanged : Conditional.ok(current.ics(), AgendaCalendar.MEDIA_TYPE, etag);
        });
    }
}
