package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.NextYearSummary;
import org.ospo.summit.attendee.service.NextYearService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.security.Roles;

/** What attendees said about next year, for the organizers. */
@Path("/api/next-year")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANIZER)
@Tag(name = Audience.ORGANIZER)
public class NextYearResource {
    private final NextYearService nextYear;

    public NextYearResource(NextYearService nextYear) {
        this.nextYear = nextYear;
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getNextYearSummary",
            summary = "Next year, as attendees see it",
            description = "Organizers. An edition's answers (the current one unless ?summit= names another), of "
                    + "attendees who did not withdraw: how many would come back, volunteers per area, the suggested themes "
                    + "ranked (the same words counted once per attendee), how many peers were nominated. No names.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            schema = @Schema(implementation = NextYearSummary.class),
                            examples = @ExampleObject(name = "summary", ref = "nextYearSummary")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<NextYearSummary> summary(@Valid @BeanParam EditionQuery summit) {
        return nextYear.summary(summit.id());
    }
}
