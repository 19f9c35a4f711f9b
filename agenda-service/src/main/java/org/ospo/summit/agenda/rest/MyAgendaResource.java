package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.MyAgenda;
import org.ospo.summit.agenda.api.Recommendations;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.service.AttendeeAgenda;
import org.ospo.summit.agenda.service.Recommender;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** One attendee's agenda: their sessions, as a calendar, and the sessions recommended to them. */
@Path("/api/agenda")
@Tag(name = Audience.ATTENDEE)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
public class MyAgendaResource {
    private final AttendeeAgenda agenda;
    private final Recommender recommender;
    private final JsonWebToken jwt;

    public MyAgendaResource(AttendeeAgenda agenda, Recommender recommender, JsonWebToken jwt) {
        this.agenda = agenda;
        this.recommender = recommender;
        this.jwt = jwt;
    }

    @GET
    @Path("/me")
    @Operation(
            operationId = "getMyAgenda",
            summary = "My sessions",
            description = "The published sessions I registered for, in time order "
                    + "(GET /api/agenda/me.ics has them as a calendar).")
    @APIResponse(
            responseCode = "200",
            description = "My agenda",
            content =
                    @Content(
                            schema = @Schema(implementation = MyAgenda.class),
                            examples = @ExampleObject(name = "mine", ref = "getMyAgendaMine")))
    @APIResponse(responseCode = "403", description = "Not an attendee token")
    public Uni<MyAgenda> mine() {
        return agenda.sessionsOf(AttendeeIds.of(jwt)).map(MyAgenda::new);
    }

    @GET
    @Path("/me.ics")
    @Produces("text/calendar")
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
        return agenda.calendarOf(AttendeeIds.of(jwt))
                .map(ics -> Response.ok(ics, AgendaCalendar.MEDIA_TYPE)
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                        .build());
    }

    @GET
    @Path("/me/recommendations")
    @Operation(
            operationId = "getMyRecommendations",
            summary = "Sessions for me",
            description = "Published sessions ranked by how many of my preparation "
                    + "topics they cover, then by time, each with the reason. Full sessions, sessions overlapping mine and "
                    + "sessions I registered for are left out.")
    @APIResponse(
            responseCode = "200",
            description = "Ranked sessions",
            content =
                    @Content(
                            schema = @Schema(implementation = Recommendations.class),
                            examples = {
                                @ExampleObject(name = "ranked", ref = "getMyRecommendationsRanked"),
                                @ExampleObject(name = "no topics yet", ref = "getMyRecommendationsNoTopicsYet")
                            }))
    @APIResponse(responseCode = "403", description = "Not an accepted attendee")
    public Uni<Recommendations> recommendations() {
        return recommender.forAttendee(AttendeeIds.of(jwt));
    }
}
