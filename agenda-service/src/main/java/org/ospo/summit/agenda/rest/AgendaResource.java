package org.ospo.summit.agenda.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.model.Topic;
import org.ospo.summit.agenda.service.AgendaService;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.problem.QueryEnums;

import io.smallrye.mutiny.Uni;

@Path("/api/agenda")
@Tag(name = "Agenda", description = "The published agenda (public)")
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {
    private final AgendaService service;

    public AgendaResource(AgendaService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The published agenda", description = "Public. Filter by day (the session's local date), "
            + "topic and kind. Version 0 with no sessions until organizers publish.")
    @APIResponse(responseCode = "200", description = "The agenda", content = @Content(examples = {
            @ExampleObject(name = "not published yet", value = "{\"version\": 0, \"sessions\": []}"),
            @ExampleObject(name = "published", value = "{\"version\": 2, \"publishedAt\": \"2027-02-01T10:00:00Z\", "
                    + "\"sessions\": [{\"id\": \"5f0e...\", \"title\": \"Legal roundtable: licences in products\", "
                    + "\"kind\": \"ROUNDTABLE\", \"topics\": [\"LEGAL\"], \"room\": {\"name\": \"Room B\"}, "
                    + "\"startsAt\": \"2027-03-20T14:00:00+08:00\", \"endsAt\": \"2027-03-20T15:00:00+08:00\"}]}") }))
    @APIResponse(responseCode = "400", description = "Unknown topic or kind, or a malformed day")
    public Uni<AgendaView> agenda(
            @Parameter(description = "yyyy-MM-dd", example = "2027-03-20") @QueryParam("day") String day,
            @Parameter(description = "MANAGEMENT, HR, ECONOMICS, LEGAL, BUSINESS or TECHNOLOGY", example = "LEGAL")
            @QueryParam("topic") String topic,
            @Parameter(description = "KEYNOTE, CASE_STUDY, PRACTICE, ROUNDTABLE, NETWORKING or PLANNING",
                    example = "ROUNDTABLE") @QueryParam("kind") String kind) {
        return service.published(parseDay(day), QueryEnums.parse(Topic.class, "topic", topic),
                QueryEnums.parse(SessionKind.class, "kind", kind));
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
