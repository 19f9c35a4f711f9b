package org.ospo.summit.invitation.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.invitation.api.CreateInvitationRequest;
import org.ospo.summit.invitation.api.ImportResult;
import org.ospo.summit.invitation.api.InvitationSort;
import org.ospo.summit.invitation.api.InvitationStats;
import org.ospo.summit.invitation.api.InvitationView;
import org.ospo.summit.invitation.service.InvitationImport;
import org.ospo.summit.invitation.service.InvitationService;
import org.ospo.summit.invitation.service.SummitService;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.problem.QueryEnums;
import org.ospo.summit.platform.security.Roles;

@Path("/api/invitations")
@Tag(name = Audience.ORGANIZER)
@RolesAllowed(Roles.ORGANIZER)
@Produces(MediaType.APPLICATION_JSON)
public class InvitationResource {

    private final InvitationService service;
    private final SummitService summit;
    private final InvitationImport importer;

    private final PublicUrls urls;

    public InvitationResource(
            InvitationService service, SummitService summit, InvitationImport importer, PublicUrls urls) {
        this.urls = urls;
        this.service = service;
        this.summit = summit;
        this.importer = importer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createInvitation",
            summary = "Invite someone",
            description = "Creates an invitation to an edition (SENT, or DRAFT with "
                    + "send=false; an edition in PLANNING takes drafts only). The response carries the RSVP token and link "
                    + "once; only the token's hash is stored.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "invite", ref = "createInvitationInvite")))
    @APIResponse(
            responseCode = "201",
            description = "Invited",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.class),
                            examples = @ExampleObject(name = "created", ref = "createInvitationCreated")))
    @APIResponse(responseCode = "400", description = "Invalid input (problem+json with violations)")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(
            responseCode = "409",
            description = "An open invitation for this email to this edition exists, or "
                    + "the edition is past (read-only) or not open (send)")
    public Uni<Response> create(
            @Valid @NotNull CreateInvitationRequest request, @Valid @BeanParam EditionQuery summit) {
        return service.create(request, summit.id())
                .map(view -> Response.created(urls.location("/api/invitations/" + view.id()))
                        .entity(view)
                        .build());
    }

    @GET
    @Operation(
            operationId = "listInvitations",
            summary = "List invitations",
            description =
                    "An edition's invitations, paged (Link: first, prev, next, "
                            + "last), newest first unless sort= says otherwise; filter by status, search name / email / company.")
    @APIResponse(
            responseCode = "200",
            description = "A page",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.Paged.class),
                            examples = @ExampleObject(name = "page", ref = "listInvitationsPage")))
    @APIResponse(responseCode = "400", description = "Invalid paging, status or sort")
    public Uni<Page<InvitationView>> list(
            @Valid @BeanParam EditionQuery summit,
            @Parameter(
                            description = "only this status",
                            example = "SENT",
                            schema = @Schema(implementation = InvitationStatus.class))
                    @QueryParam("status")
                    String status,
            @Parameter(description = "matches name, email or company", example = "example")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Parameter(
                            description = InvitationSort.DESCRIPTION,
                            example = "NEWEST",
                            schema = @Schema(implementation = InvitationSort.class))
                    @QueryParam("sort")
                    String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(
                summit.id(),
                QueryEnums.parse(InvitationStatus.class, "status", status),
                q,
                QueryEnums.parseOr(InvitationSort.class, "sort", sort, InvitationSort.NEWEST),
                page);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getInvitation",
            summary = "One invitation, with its history",
            description = "Also who vouched for the person "
                    + "(referrer) and the same person (same email) in earlier editions (previousEditions).")
    @APIResponse(
            responseCode = "200",
            description = "The invitation",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.class),
                            examples = @ExampleObject(name = "invitation", ref = "getInvitationInvitation")))
    @APIResponse(responseCode = "404", description = "No such invitation")
    public Uni<InvitationView> get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Operation(
            operationId = "importInvitations",
            summary = "Import invitations from CSV",
            description = "Header email,fullName,company,jobTitle,locale "
                    + "(optional criteria column, values separated by ';'). Each good row is created on its own; bad rows are "
                    + "reported with their line; rows whose email already has an open invitation are skipped, so importing "
                    + "the same file twice creates nothing new. DRAFTs unless send=true.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples = @ExampleObject(name = "csv", ref = "importInvitationsCsv")))
    @APIResponse(
            responseCode = "200",
            description = "Row by row",
            content =
                    @Content(
                            schema = @Schema(implementation = ImportResult.class),
                            examples = @ExampleObject(name = "result", ref = "importInvitationsResult")))
    @APIResponse(responseCode = "400", description = "Empty file, missing header columns or more than 5000 rows")
    @APIResponse(responseCode = "409", description = "The edition is past (read-only) or not open (send=true)")
    @APIResponse(responseCode = "415", description = "Not text/csv")
    public Uni<ImportResult> importCsv(
            String csv,
            @Parameter(description = "send the created invitations at once", example = "false")
                    @QueryParam("send")
                    @jakarta.ws.rs.DefaultValue("false")
                    boolean send,
            @Valid @BeanParam EditionQuery summit) {
        return importer.importCsv(csv, send, summit.id());
    }

    @GET
    @Path("/stats")
    @Operation(
            operationId = "getInvitationStats",
            summary = "Counts by status and seats",
            description = "Of an edition; seats taken = ACCEPTED " + "invitations.")
    @APIResponse(
            responseCode = "200",
            description = "The numbers",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationStats.class),
                            examples = @ExampleObject(name = "stats", ref = "getInvitationStatsStats")))
    public Uni<InvitationStats> stats(@Valid @BeanParam EditionQuery summit) {
        return this.summit.stats(summit.id());
    }

    @POST
    @Path("/{id}/send")
    @Operation(
            operationId = "sendInvitation",
            summary = "Send a draft",
            description = "DRAFT → SENT: mails the invitation link.")
    @APIResponse(
            responseCode = "200",
            description = "Sent",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.class),
                            examples = @ExampleObject(name = "sent", ref = "sendInvitationSent")))
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "409", description = "Not a draft, or the edition is not OPEN")
    public Uni<InvitationView> send(@PathParam("id") UUID id) {
        return service.send(id);
    }

    @POST
    @Path("/{id}/resend")
    @Operation(
            operationId = "resendInvitation",
            summary = "Mail the invitation again",
            description = "SENT only; the link stays the same.")
    @APIResponse(
            responseCode = "200",
            description = "Mailed again",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.class),
                            examples = @ExampleObject(name = "resent", ref = "resendInvitationResent")))
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "409", description = "Not in SENT, or the edition is not OPEN")
    public Uni<InvitationView> resend(@PathParam("id") UUID id) {
        return service.resend(id);
    }

    @POST
    @Path("/{id}/revoke")
    @Operation(
            operationId = "revokeInvitation",
            summary = "Revoke an invitation",
            description = "From DRAFT, SENT, WAITLISTED or ACCEPTED. The link "
                    + "answers 410 afterwards; a freed seat goes to the oldest waitlisted invitee.")
    @APIResponse(
            responseCode = "200",
            description = "Revoked",
            content =
                    @Content(
                            schema = @Schema(implementation = InvitationView.class),
                            examples = @ExampleObject(name = "revoked", ref = "revokeInvitationRevoked")))
    @APIResponse(responseCode = "404", description = "No such invitation")
    @APIResponse(responseCode = "409", description = "Already declined, expired or revoked, or the edition is past")
    public Uni<InvitationView> revoke(@PathParam("id") UUID id) {
        return service.revoke(id);
    }
}
