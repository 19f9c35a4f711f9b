package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.CheckInBatch;
import org.ospo.summit.attendee.api.CheckInRequest;
import org.ospo.summit.attendee.api.CheckInStats;
import org.ospo.summit.attendee.api.CheckInView;
import org.ospo.summit.attendee.mapping.DoorEvents;
import org.ospo.summit.attendee.service.CheckIns;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.Roles;

/** The door: badges scanned by staff (or organizers). */
@Path("/api/checkins")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.STAFF, Roles.ORGANIZER})
@Tag(name = Audience.ORGANIZER)
public class CheckInsResource {
    private final CheckIns checkIns;
    private final DoorEvents door;
    private final PublicUrls urls;

    public CheckInsResource(CheckIns checkIns, DoorEvents door, PublicUrls urls) {
        this.checkIns = checkIns;
        this.door = door;
        this.urls = urls;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkIn",
            summary = "Check an attendee in at the door",
            description = "Staff or organizers. The scanned badge code is verified (signature, the current edition, "
                    + "the days it is valid for) and its attendee checked in once: 201 the first time; a live scan "
                    + "of someone already in is a 409 with the first checkedInAt. An offline scan uploaded later "
                    + "(scannedAt set) is idempotent: 200 once the attendee is in, keeping the earliest scan. Every "
                    + "first check-in, or one moved earlier, is announced as attendee.checked-in.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "scan", ref = "checkInScan")))
    @APIResponse(
            responseCode = "201",
            description = "Checked in now",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInView.class),
                            examples = @ExampleObject(name = "checked in", ref = "checkInCheckedIn")))
    @APIResponse(
            responseCode = "200",
            description = "An offline scan of an attendee already in (the earliest scan kept)",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInView.class),
                            examples = @ExampleObject(name = "already in", ref = "checkInCheckedIn")))
    @APIResponse(responseCode = "400", description = "Not a valid badge of this summit (badge-invalid), or bad input")
    @APIResponse(responseCode = "403", description = "Neither staff nor organizer")
    @APIResponse(responseCode = "409", description = "Already checked in (checkedInAt: the first time)")
    @APIResponse(responseCode = "410", description = "The attendee withdrew or was erased")
    public Uni<Response> checkIn(@Valid @NotNull CheckInRequest request) {
        return checkIns.checkIn(request)
                .map(outcome -> outcome.created()
                        ? Response.created(urls.location(
                                        "/api/checkins/" + outcome.checkIn().attendeeId()))
                                .entity(outcome.checkIn())
                                .build()
                        : Response.ok(outcome.checkIn()).build());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "checkInBatch",
            summary = "Upload a door phone's offline scans",
            description = "Staff or organizers. Each scan is checked in as POST /api/checkins with its scannedAt, in "
                    + "the order sent and on its own: a refused one (INVALID, GONE) is reported and the others still "
                    + "count. Idempotent: the same batch again reports ALREADY_IN and keeps the earliest scans.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "offline scans", ref = "checkInBatchScans")))
    @APIResponse(
            responseCode = "200",
            description = "What became of each scan",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInBatch.Result.class),
                            examples = @ExampleObject(name = "results", ref = "checkInBatchResults")))
    @APIResponse(responseCode = "400", description = "No scans, more than 500, or a scan without code or scannedAt")
    @APIResponse(responseCode = "403", description = "Neither staff nor organizer")
    public Uni<CheckInBatch.Result> batch(@Valid @NotNull CheckInBatch batch) {
        return checkIns.batch(batch);
    }

    @GET
    @Path("/stats")
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(
            operationId = "getCheckInStats",
            summary = "The door in figures",
            description = "Organizers. The current edition's active attendees (expected), how many came in, how many "
                    + "not yet, and check-ins per hour in the summit's time zone.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInStats.class),
                            examples = @ExampleObject(name = "stats", ref = "getCheckInStatsStats")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Uni<CheckInStats> stats() {
        return checkIns.stats();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed(Roles.ORGANIZER)
    @Operation(
            operationId = "streamCheckIns",
            summary = "The door as it happens (server-sent events)",
            description = "Organizers. A text/event-stream of the current door, from the moment it is opened: one "
                    + "`check-in` event per attendee coming in (its id is the attendee's id, its data a CheckInView), "
                    + "whichever replica or door recorded it. A `resync` event means some may have been missed (the "
                    + "service lost its database connection for a moment): read GET /api/checkins/stats again. A "
                    + "comment line every 15 s keeps an idle stream open. A client that reconnects should read the "
                    + "figures again too; nothing is replayed.")
    @APIResponse(
            responseCode = "200",
            description = "The stream (stays open)",
            content =
                    @Content(
                            mediaType = MediaType.SERVER_SENT_EVENTS,
                            schema = @Schema(implementation = String.class),
                            examples = @ExampleObject(name = "events", ref = "streamCheckInsEvents")))
    @APIResponse(responseCode = "403", description = "Not an organizer")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        return door.stream(sse);
    }

    @GET
    @Path("/{attendeeId}")
    @Operation(
            operationId = "getCheckIn",
            summary = "One attendee's check-in",
            description = "Staff or organizers: whether and when an attendee of the current edition came in.")
    @APIResponse(
            responseCode = "200",
            description = "Checked in",
            content =
                    @Content(
                            schema = @Schema(implementation = CheckInView.class),
                            examples = @ExampleObject(name = "checked in", ref = "checkInCheckedIn")))
    @APIResponse(responseCode = "403", description = "Neither staff nor organizer")
    @APIResponse(responseCode = "404", description = "Not checked in (or no such attendee)")
    public Uni<CheckInView> get(@PathParam("attendeeId") UUID attendeeId) {
        return checkIns.of(attendeeId);
    }
}
