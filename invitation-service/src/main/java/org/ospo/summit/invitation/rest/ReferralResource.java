package org.ospo.summit.invitation.rest;

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
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.invitation.api.ReferralDecision;
import org.ospo.summit.invitation.api.ReferralRequest;
import org.ospo.summit.invitation.api.ReferralSort;
import org.ospo.summit.invitation.api.ReferralView;
import org.ospo.summit.invitation.model.ReferralStatus;
import org.ospo.summit.invitation.service.ReferralService;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.problem.QueryEnums;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

@Path("/api/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private final ReferralService service;
    private final JsonWebToken jwt;

    private final PublicUrls urls;

    public ReferralResource(ReferralService service, JsonWebToken jwt, PublicUrls urls) {
        this.urls = urls;
        this.service = service;
        this.jwt = jwt;
    }

    @POST
    @RolesAllowed(Roles.ATTENDEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ATTENDEE)
    @Operation(
            operationId = "nominatePeer",
            summary = "Nominate a peer",
            description = "Accepted attendees, to their own edition, up to its "
                    + "referralQuota (pending and approved nominations count). The answer is the same whether or not the peer is already "
                    + "invited or nominated; organizers see such duplicates when they review.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "nominate", ref = "nominatePeerNominate")))
    @APIResponse(
            responseCode = "201",
            description = "Nominated",
            content =
                    @Content(
                            schema = @Schema(implementation = ReferralView.class),
                            examples = @ExampleObject(name = "pending", ref = "nominatePeerPending")))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "403", description = "Not an accepted attendee")
    @APIResponse(responseCode = "409", description = "Referral quota used, or the edition is past (read-only)")
    public Uni<Response> submit(@Valid @NotNull ReferralRequest request) {
        return service.submit(AttendeeIds.of(jwt), request)
                .map(v -> Response.created(urls.location("/api/referrals/" + v.id()))
                        .entity(v)
                        .build());
    }

    @GET
    @RolesAllowed(Roles.ORGANIZER)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "listReferrals",
            summary = "Nominations to review",
            description = "An edition's nominations, paged (Link: first, prev, "
                    + "next, last), oldest first unless sort= says otherwise; filter by status.")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content =
                    @Content(
                            schema = @Schema(implementation = ReferralView.Paged.class),
                            examples = @ExampleObject(name = "page", ref = "listReferralsPage")))
    @APIResponse(responseCode = "400", description = "Unknown status or sort, or bad paging")
    public Uni<Page<ReferralView>> list(
            @Valid @BeanParam EditionQuery summit,
            @Parameter(
                            description = "only this status",
                            example = "PENDING",
                            schema = @Schema(implementation = ReferralStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = ReferralSort.DESCRIPTION,
                            example = "OLDEST",
                            schema = @Schema(implementation = ReferralSort.class))
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                summit.id(),
                QueryEnums.parse(ReferralStatus.class, "status", status),
                QueryEnums.parseOr(ReferralSort.class, "sort", sort, ReferralSort.OLDEST),
                page);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "approveReferral",
            summary = "Approve a nomination",
            description = "Invites the peer to the nomination's edition (SENT "
                    + "and mailed while it is OPEN, a DRAFT while in PLANNING) with referredBy = the nominating attendee. Body "
                    + "optional: locale and criteria of the invitation, and fullName and company, which a nomination from the "
                    + "next-year form that names only an email needs (400 without them).")
    @RequestBody(
            required = false,
            content = @Content(examples = @ExampleObject(name = "approve", ref = "approveReferralApprove")))
    @APIResponse(
            responseCode = "200",
            description = "Approved",
            content =
                    @Content(
                            schema = @Schema(implementation = ReferralView.class),
                            examples = @ExampleObject(name = "approved", ref = "approveReferralApproved")))
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(
            responseCode = "409",
            description = "Already decided, the person is already invited, or the edition " + "is past (read-only)")
    public Uni<ReferralView> approve(@PathParam("id") UUID id, @Valid ReferralDecision decision) {
        return service.approve(id, decision);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.ORGANIZER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Tag(name = Audience.ORGANIZER)
    @Operation(
            operationId = "rejectReferral",
            summary = "Reject a nomination",
            description = "The peer is not invited; the reason is kept for the organizers (the nominating attendee "
                    + "is not told). A decided nomination cannot be decided again.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reject", ref = "rejectReferralReject")))
    @APIResponse(
            responseCode = "200",
            description = "Rejected",
            content =
                    @Content(
                            schema = @Schema(implementation = ReferralView.class),
                            examples = @ExampleObject(name = "rejected", ref = "rejectReferralRejected")))
    @APIResponse(responseCode = "404", description = "No such nomination")
    @APIResponse(responseCode = "409", description = "Already decided, or the edition is past (read-only)")
    public Uni<ReferralView> reject(@PathParam("id") UUID id, @Valid @NotNull ReferralDecision decision) {
        return service.reject(id, decision);
    }
}
