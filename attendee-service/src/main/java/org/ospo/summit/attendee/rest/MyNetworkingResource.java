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
import org.ospo.summit.attendee.api.NetworkingCard;
import org.ospo.summit.attendee.api.PeerSuggestion;
import org.ospo.summit.attendee.service.Introductions;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.security.AttendeeIds;
import org.ospo.summit.platform.security.Roles;

/** My networking card and the peers suggested to me. */
@Path("/api/attendees/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ATTENDEE)
@Tag(name = Audience.ATTENDEE)
public class MyNetworkingResource {
    private final Introductions introductions;
    private final JsonWebToken jwt;

    public MyNetworkingResource(Introductions introductions, JsonWebToken jwt) {
        this.introductions = introductions;
        this.jwt = jwt;
    }

    @GET
    @Path("/networking")
    @Operation(
            operationId = "getMyNetworking",
            summary = "My networking card",
            description = "Whether I am shown to other attendees who opted in, and what I offer and seek; optIn false "
                    + "until I opt in.")
    @APIResponse(
            responseCode = "200",
            description = "My card",
            content =
                    @Content(
                            schema = @Schema(implementation = NetworkingCard.class),
                            examples = @ExampleObject(name = "card", ref = "networkingCard")))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    public Uni<NetworkingCard> card() {
        return introductions.card(AttendeeIds.of(jwt));
    }

    @PUT
    @Path("/networking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateMyNetworking",
            summary = "Opt in to introductions (or out), and say what I offer and seek",
            description = "Only attendees who opted in are ever shown to others, and only they see others. What I "
                    + "offer (lessons learned) and seek (what I want to learn from peers) is matched against other "
                    + "attendees' for GET /api/attendees/me/introductions. Opting out hides me at once; my "
                    + "introductions stay. Withdrawing or being erased removes me from networking entirely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "card", ref = "networkingCard")))
    @APIResponse(
            responseCode = "200",
            description = "The card as saved",
            content =
                    @Content(
                            schema = @Schema(implementation = NetworkingCard.class),
                            examples = @ExampleObject(name = "card", ref = "networkingCard")))
    @APIResponse(responseCode = "400", description = "Invalid card (optIn missing, too many or too long texts)")
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "I withdrew")
    public Uni<NetworkingCard> updateCard(@Valid @NotNull NetworkingCard card) {
        return introductions.updateCard(AttendeeIds.of(jwt), card);
    }

    @GET
    @Path("/introductions")
    @Operation(
            operationId = "getMyIntroductionSuggestions",
            summary = "Peers I should meet",
            description = "Up to 10 attendees of my edition who opted in and with whom I have no introduction yet, "
                    + "ranked by what matches: problems we both collected, what I seek that they offer, what they "
                    + "seek that I offer, themes we both want to discuss. Each comes with the reasons in plain words "
                    + "and no contact details (those come with an accepted introduction). Only attendees with "
                    + "something in common are listed. 409 networking-off until I opt in.")
    @APIResponse(
            responseCode = "200",
            description = "The suggestions, best first",
            content =
                    @Content(
                            schema = @Schema(implementation = PeerSuggestion.List10.class),
                            examples = @ExampleObject(name = "suggestions", ref = "introductionSuggestions")))
    @APIResponse(responseCode = "404", description = "Not registered yet")
    @APIResponse(responseCode = "409", description = "Not opted in (networking-off), or withdrawn")
    public Uni<PeerSuggestion.List10> suggestions() {
        return introductions.suggestions(AttendeeIds.of(jwt));
    }
}
