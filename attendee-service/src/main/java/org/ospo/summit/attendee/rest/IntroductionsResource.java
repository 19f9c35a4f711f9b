package org.ospo.summit.attendee.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.IntroductionRequest;
import org.ospo.summit.attendee.api.IntroductionStats;
import org.ospo.summit.attendee.api.IntroductionView;
import org.ospo.summit.attendee.service.Introductions;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.IntroductionAnswer;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** Introductions between attendees who opted in: ask, see my inbox and sent box, answer; organizers' figures. */
@Path("/api/introductions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
@Tag(name = Audience.ATTENDEE)
public class IntroductionsResource {
    private final Introductions introductions;
    private final JsonWebToken jwt;
    private final PublicUrls urls;

    public IntroductionsResource(Introductions introductions, JsonWebToken jwt, PublicUrls urls) {
        this.introductions = introductions;
        this.jwt = jwt;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "requestIntroduction",
            summary = "Ask to be introduced to a peer",
            description = "To an attendee of my edition who opted in (anyone else is a 404), with a short message. "
                    + "Both of us must have opted in. One introduction per pair, whoever asked first: a second one "
                    + "is a 409. At most 10 a day per attendee (the summit's time zone): the eleventh is a 429 "
                    + "introduction-limit with Retry-After. Announced as introduction.requested (no message text).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request", ref = "introductionRequest")))
    @APIResponse(
            responseCode = "201",
            description = "Asked; PENDING until the peer answers",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionView.class),
                            examples = @ExampleObject(name = "pending", ref = "introductionPending")))
    @APIResponse(responseCode = "400", description = "No toAttendeeId, myself, or a message over 1000 characters")
    @APIResponse(responseCode = "404", description = "No attendee of my edition open to introductions has this id")
    @APIResponse(responseCode = "409", description = "We already have an introduction, or I have not opted in")
    @APIResponse(responseCode = "429", description = "10 introductions asked today already (introduction-limit)")
    public Uni<Response> request(@Valid @NotNull IntroductionRequest request) {
        return introductions
                .request(AttendeeIds.of(jwt), request)
                .map(view -> Response.created(urls.location("/api/introductions/" + view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @Operation(
            operationId = "listIntroductions",
            summary = "My introductions",
            description = "box=inbox (the default): those asked of me, to answer; box=sent: those I asked for. "
                    + "Newest first. Emails appear once an introduction is accepted.")
    @APIResponse(
            responseCode = "200",
            description = "The box",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionView.Box.class),
                            examples = @ExampleObject(name = "inbox", ref = "introductionInbox")))
    @APIResponse(responseCode = "400", description = "box is neither inbox nor sent")
    public Uni<IntroductionView.Box> list(
            @QueryParam("box")
                    @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {"inbox", "sent"},
                                            defaultValue = "inbox"))
                    String box) {
        return introductions.box(AttendeeIds.of(jwt), inbox(box));
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getIntroduction",
            summary = "One of my introductions",
            description = "For its two attendees only.")
    @APIResponse(
            responseCode = "200",
            description = "The introduction",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionView.class),
                            examples = @ExampleObject(name = "accepted", ref = "introductionAccepted")))
    @APIResponse(responseCode = "403", description = "Not one of its two attendees")
    @APIResponse(responseCode = "404", description = "No such introduction")
    public Uni<IntroductionView> get(@PathParam("id") UUID id) {
        return introductions.one(AttendeeIds.of(jwt), id);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(
            operationId = "acceptIntroduction",
            summary = "Accept an introduction asked of me",
            description = "Its recipient only. From now on both of us see each other's email. Accepting again "
                    + "changes nothing; after declining, 409. Announced as introduction.answered.")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionView.class),
                            examples = @ExampleObject(name = "accepted", ref = "introductionAccepted")))
    @APIResponse(responseCode = "403", description = "Not its recipient")
    @APIResponse(responseCode = "404", description = "No such introduction")
    @APIResponse(responseCode = "409", description = "Declined already")
    public Uni<IntroductionView> accept(@PathParam("id") UUID id) {
        return introductions.answer(AttendeeIds.of(jwt), id, IntroductionAnswer.ACCEPTED);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(
            operationId = "declineIntroduction",
            summary = "Decline an introduction asked of me",
            description = "Its recipient only. No email is shared; the asker cannot ask again. Declining again "
                    + "changes nothing; after accepting, 409. Announced as introduction.answered.")
    @APIResponse(
            responseCode = "200",
            description = "Declined",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionView.class),
                            examples = @ExampleObject(name = "declined", ref = "introductionDeclined")))
    @APIResponse(responseCode = "403", description = "Not its recipient")
    @APIResponse(responseCode = "404", description = "No such introduction")
    @APIResponse(responseCode = "409", description = "Accepted already")
    public Uni<IntroductionView> decline(@PathParam("id") UUID id) {
        return introductions.answer(AttendeeIds.of(jwt), id, IntroductionAnswer.DECLINED);
    }

    @GET
    @Path("/stats")
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "getIntroductionStats",
            summary = "Introductions in figures",
            description = "Organizers. An edition's (the current one unless ?summit= names another) attendees who "
                    + "opted in, introductions asked, accepted, declined and pending, the acceptance rate (accepted "
                    + "of those answered) and the themes introductions were asked about, most first. No names.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            schema = @Schema(implementation = IntroductionStats.class),
                            examples = @ExampleObject(name = "stats", ref = "introductionStats")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<IntroductionStats> stats(@Valid @BeanParam EditionQuery summit) {
        return introductions.stats(summit.id());
    }

    private static boolean inbox(String box) {
        if (box == null || box.equals("inbox")) {
            return true;
        }
        if (box.equals("sent")) {
            return false;
        }
        throw ProblemException.invalid("box", "must be inbox or sent");
    }
}
