package org.ospo.summit.invitation.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ospo.summit.invitation.api.SummitView;
import org.ospo.summit.invitation.mapping.InvitationMapper;
import org.ospo.summit.invitation.repository.SummitRepository;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@Path("/api/summit")
@Tag(name = "Summit", description = "The summit's settings")
@Produces(MediaType.APPLICATION_JSON)
public class SummitResource {
    private final SummitRepository summits;

    public SummitResource(SummitRepository summits) {
        this.summits = summits;
    }

    @GET
    @WithSession
    @Operation(summary = "The summit", description = "Public: name, dates, venue, capacity, RSVP deadline, referral "
            + "quota and where non-invitees are pointed.")
    @APIResponse(responseCode = "200", description = "The summit", content = @Content(examples = @ExampleObject(
            name = "summit", value = "{\"name\": \"OSPO Summit · 开源项目办公室峰会\", \"startsAt\": "
                    + "\"2027-03-20T09:00:00+08:00\", \"endsAt\": \"2027-03-20T18:00:00+08:00\", \"timezone\": "
                    + "\"Asia/Shanghai\", \"venue\": \"Shanghai\", \"capacity\": 80, \"rsvpDeadline\": "
                    + "\"2027-03-06T23:59:00+08:00\", \"referralQuota\": 2, \"openConferenceUrl\": "
                    + "\"https://gotc2023.oschina.net/\"}")))
    public Uni<SummitView> get() {
        return summits.current().map(InvitationMapper::summit);
    }
}
