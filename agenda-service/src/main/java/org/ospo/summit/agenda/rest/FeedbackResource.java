package org.ospo.summit.agenda.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.FeedbackRequest;
import org.ospo.summit.agenda.api.FeedbackSummary;
import org.ospo.summit.agenda.api.FeedbackView;
import org.ospo.summit.agenda.service.FeedbackService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** Feedback: attendees rate sessions and the summit; organizers read the summary. */
@Path("/api/feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
@Tag(name = Audience.ATTENDEE)
public class FeedbackResource {
    private final FeedbackService service;
    private final JsonWebToken jwt;
    private final PublicUrls urls;

    public FeedbackResource(FeedbackService service, JsonWebToken jwt, PublicUrls urls) {
        this.service = service;
        this.jwt = jwt;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "giveFeedback",
            summary = "Rate a session, or the summit overall",
            description = "With sessionId: a session I am registered for, once it has started. Without: my summit "
                    + "overall, once its first day has started. Before that, 409. One per target: 201 the first "
                    + "time, 200 when it replaces my earlier rating. Announced as feedback.given (no comment text).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a session", ref = "giveFeedbackRequest")))
    @APIResponse(
            responseCode = "201",
            description = "Given",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedbackView.class),
                            examples = @ExampleObject(name = "given", ref = "feedbackGiven")))
    @APIResponse(
            responseCode = "200",
            description = "Replaced my earlier rating of the same target",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedbackView.class),
                            examples = @ExampleObject(name = "replaced", ref = "feedbackGiven")))
    @APIResponse(responseCode = "400", description = "rating missing or not 1..5, comment over 2000 characters")
    @APIResponse(responseCode = "403", description = "Not an accepted attendee, or not registered for the session")
    @APIResponse(responseCode = "404", description = "No such session in my edition")
    @APIResponse(responseCode = "409", description = "The session (or the summit) has not started, or was cancelled")
    public Uni<Response> give(@Valid @NotNull FeedbackRequest request) {
        return service.give(AttendeeIds.of(jwt), request)
                .map(outcome -> outcome.created()
                        ? Response.created(urls.location(
                                        "/api/feedback/" + outcome.feedback().id()))
                                .entity(outcome.feedback())
                                .build()
                        : Response.ok(outcome.feedback()).build());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyFeedback", summary = "One of my ratings", description = "Its author only.")
    @APIResponse(
            responseCode = "200",
            description = "The rating",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedbackView.class),
                            examples = @ExampleObject(name = "given", ref = "feedbackGiven")))
    @APIResponse(responseCode = "404", description = "None of mine has this id")
    public Uni<FeedbackView> get(@PathParam("id") UUID id) {
        return service.mine(AttendeeIds.of(jwt), id);
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "getFeedbackSummary",
            summary = "What attendees thought",
            description = "Organizers. An edition's feedback (the current one unless ?summit= names another): the "
                    + "summit overall, each session rated (best first) and each theme (a session's ratings count for "
                    + "each of its themes): count, average, distribution of 1..5 and the comments, without names.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content =
                    @Content(
                            schema = @Schema(implementation = FeedbackSummary.class),
                            examples = @ExampleObject(name = "summary", ref = "feedbackSummary")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<FeedbackSummary> summary(@Valid @BeanParam EditionQuery summit) {
        return service.summary(summit.id());
    }
}
