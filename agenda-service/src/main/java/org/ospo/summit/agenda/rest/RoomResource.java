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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.agenda.api.RoomRequest;
import org.ospo.summit.agenda.api.RoomView;
import org.ospo.summit.agenda.service.DraftAgenda;
import org.ospo.summit.contracts.api.Audience;
import org.ospo.summit.platform.edition.EditionQuery;
import org.ospo.summit.platform.problem.PublicUrls;
import org.ospo.summit.platform.security.Roles;

@Path("/api/rooms")
@Tag(name = Audience.ORGANIZER)
@RolesAllowed(Roles.ORGANIZER)
@Produces(MediaType.APPLICATION_JSON)
public class RoomResource {
    private final DraftAgenda draft;

    private final PublicUrls urls;

    public RoomResource(DraftAgenda draft, PublicUrls urls) {
        this.urls = urls;
        this.draft = draft;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createRoom",
            summary = "Add a room",
            description =
                    "To an edition (the current one unless ?summit= names " + "another); names are unique per edition.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "room", ref = "createRoomRoom")))
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            schema = @Schema(implementation = RoomView.class),
                            examples = @ExampleObject(name = "room", ref = "createRoom201Room")))
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such edition")
    @APIResponse(responseCode = "409", description = "A room with this name exists in the edition, or a past edition")
    public Uni<Response> create(@Valid @NotNull RoomRequest request, @Valid @BeanParam EditionQuery summit) {
        return draft.createRoom(summit.id(), request)
                .map(room -> Response.created(urls.location("/api/rooms/" + room.id()))
                        .entity(room)
                        .build());
    }

    @GET
    @Operation(
            operationId = "listRooms",
            summary = "The rooms",
            description = "Of an edition (the current one unless ?summit= names another).")
    @APIResponse(
            responseCode = "200",
            description = "All rooms",
            content =
                    @Content(
                            schema = @Schema(type = SchemaType.ARRAY, implementation = RoomView.class),
                            examples = @ExampleObject(name = "rooms", ref = "listRoomsRooms")))
    @APIResponse(responseCode = "404", description = "No such edition")
    public Uni<List<RoomView>> list(@Valid @BeanParam EditionQuery summit) {
        return draft.rooms(summit.id());
    }
}
