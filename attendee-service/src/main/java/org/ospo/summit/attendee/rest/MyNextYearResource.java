package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.NextYearAnswer;
import org.ospo.summit.attendee.service.NextYearService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** My answer about next year's summit. */
@Path("/api/attendees/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
@Tag(name = Audience.ATTENDEE)
public class MyNextYearResource {
    private final NextYearService nextYear;
    private final JsonWebToken jwt;

    public MyNextYearResource(NextYearService nextYear, JsonWebToken jwt) {
        this.nextYear = nextYear;
        this.jwt = jwt;
    }

    @GET
    @Path("/next-year")
    @Operation(
            operationId = "getMyNextYear",
            summary = "My answer about next year",
            description = "wouldReturn null while I have not answered.")
    @APIResponse(
            responseCode = "200",
            description = "My answer",
            content =
                    @Content(
                            schema = @Schema(implementation = NextYearAnswer.class),
                            examples = @ExampleObject(name = "answer", ref = "nextYearAnswer")))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public Uni<NextYearAnswer> mine() {
        return nextYear.mine(AttendeeIds.of(jwt));
    }

    @PUT
    @Path("/next-year")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "answerNextYear",
            summary = "Plan next year together",
            description = "Would I come back, where would I help (PROGRAM, HOSTING, SPONSORSHIP, OPERATIONS), what "
                    + "should next year discuss, whom should it invite (at most 5 emails: they become nominations "
                    + "for next year's organizers). Replaces my earlier answer whole; announced as "
                    + "attendee.next-year-answered.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", ref = "nextYearAnswer")))
    @APIResponse(
            responseCode = "200",
            description = "The answer as saved (texts trimmed, repeats dropped)",
            content =
                    @Content(
                            schema = @Schema(implementation = NextYearAnswer.class),
                            examples = @ExampleObject(name = "answer", ref = "nextYearAnswer")))
    @APIResponse(responseCode = "400", description = "wouldReturn missing, an unknown area, a bad email, too many")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "I withdrew")
    public Uni<NextYearAnswer> answer(@Valid @NotNull NextYearAnswer answer) {
        return nextYear.answer(AttendeeIds.of(jwt), answer);
    }
}
