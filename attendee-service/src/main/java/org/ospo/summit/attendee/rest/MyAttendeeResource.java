package org.ospo.summit.attendee.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.attendee.api.AttendeeExport;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.api.Badge;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.attendee.service.Badges;
import org.ospo.summit.attendee.service.PreparationService;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** An attendee's own profile and preparation: read, prepare, export, erase. */
@Path("/api/attendees/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
@Tag(name = Audience.ATTENDEE)
public class MyAttendeeResource {
    private final AttendeeService service;
    private final PreparationService preparations;
    private final JsonWebToken jwt;
    private final EntityTags tags;
    private final Badges badges;

    static final String BADGE_SVG = "image/svg+xml";

    public MyAttendeeResource(
            AttendeeService service,
            PreparationService preparations,
            JsonWebToken jwt,
            EntityTags tags,
            Badges badges) {
        this.service = service;
        this.preparations = preparations;
        this.jwt = jwt;
        this.tags = tags;
        this.badges = badges;
    }

    @GET
    @Operation(
            operationId = "getMyAttendee",
            summary = "My profile and preparation",
            description = "For the attendee token received on accepting.")
    @APIResponse(
            responseCode = "200",
            description = "The attendee",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.class),
                            examples = @ExampleObject(name = "attendee", ref = "getMyAttendeeAttendee")))
    @APIResponse(responseCode = "404", description = "Not registered yet (the acceptance is still on its way)")
    public Uni<AttendeeView> me() {
        return service.me(AttendeeIds.of(jwt));
    }

    @GET
    @Path("/badge")
    @Operation(
            operationId = "getMyBadge",
            summary = "My door badge",
            description = "The signed code the door scans (a compact JWS, ES256, over me and my edition; verifiable "
                    + "offline with GET /api/checkin/keys), with my name and company, valid from the day before the "
                    + "summit to the day after it. GET /api/attendees/me/badge.svg has it as a QR code. 410 once I "
                    + "withdrew or was erased; 409 while the summit's days are not known yet.")
    @APIResponse(
            responseCode = "200",
            description = "My badge",
            content =
                    @Content(
                            schema = @Schema(implementation = Badge.class),
                            examples = @ExampleObject(name = "badge", ref = "getMyBadgeBadge")))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "The summit's days are not known yet")
    @APIResponse(responseCode = "410", description = "Withdrawn or erased: no badge")
    public Uni<Response> badge() {
        return badges.of(AttendeeIds.of(jwt))
                .map(badge -> Response.ok(badge)
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .build());
    }

    @GET
    @Path("/badge.svg")
    @Produces(BADGE_SVG)
    @Operation(
            operationId = "getMyBadgeQr",
            summary = "My door badge as a QR code",
            description = "The badge's code (GET /api/attendees/me/badge) as a QR code, to show on a phone or print.")
    @APIResponse(
            responseCode = "200",
            description = "The QR code",
            content =
                    @Content(
                            mediaType = BADGE_SVG,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "qr", ref = "getMyBadgeQrQr")))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "The summit's days are not known yet")
    @APIResponse(responseCode = "410", description = "Withdrawn or erased: no badge")
    public Uni<Response> badgeQr() {
        return badges.of(AttendeeIds.of(jwt))
                .map(badge -> Response.ok(Badges.svg(badge.code()), BADGE_SVG)
                        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                        .build());
    }

    @GET
    @Path("/export")
    @Operation(
            operationId = "exportMyData",
            summary = "Export my data",
            description = "Everything attendee-service holds about me (GDPR).")
    @APIResponse(
            responseCode = "200",
            description = "My data",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeExport.class),
                            examples = @ExampleObject(name = "export", ref = "exportMyDataExport")))
    @APIResponse(responseCode = "404", description = "No profile (never registered, or erased)")
    public Uni<Response> export() {
        return service.export(AttendeeIds.of(jwt))
                .map(data -> Response.ok(data)
                        .header("Content-Disposition", "attachment; filename=\"my-summit-data.json\"")
                        .build());
    }

    @DELETE
    @Operation(
            operationId = "eraseMe",
            summary = "Erase me",
            description = "GDPR erasure: the profile and preparation are erased here, and "
                    + "attendee.erased makes the other services erase or anonymise what they hold (the invitation keeps only "
                    + "what seat counting needs). Erasing twice is fine.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public Uni<Response> erase() {
        return service.erase(AttendeeIds.of(jwt))
                .replaceWith(Response.noContent().build());
    }

    @PUT
    @Path("/preparation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "saveMyPreparation",
            summary = "Save my preparation",
            description = "The whole dossier (fields left out are cleared). "
                    + "Returns the attendee with the recomputed completeness (0-100: share of the letter's eight preparation "
                    + "items done) and readiness (READY needs the review, lessons, expectations, at least one problem, the "
                    + "manager informed and at least one topic). 409 after the edit deadline, once withdrawn, or once the "
                    + "edition is past (CLOSED or ARCHIVED). If-Match takes the ETag of GET /api/attendees/me.")
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "preparation", ref = "saveMyPreparationPreparation")))
    @APIResponse(
            responseCode = "200",
            description = "Saved and scored",
            content =
                    @Content(
                            schema = @Schema(implementation = AttendeeView.class),
                            examples = @ExampleObject(name = "attendee", ref = "saveMyPreparationAttendee")))
    @APIResponse(responseCode = "400", description = "Invalid dossier (violations name the fields)")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "After the edit deadline, withdrawn, or a past edition")
    public Uni<Response> prepare(
            @Valid @NotNull Preparation preparation, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return preparations.update(AttendeeIds.of(jwt), preparation, ifMatch).map(tags::ok);
    }
}
