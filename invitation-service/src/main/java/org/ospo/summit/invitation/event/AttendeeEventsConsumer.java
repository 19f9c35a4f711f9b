package org.ospo.summit.invitation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.AttendeeNextYearAnswered;
import org.ospo.summit.contracts.events.AttendeePreparationUpdated;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.service.InvitationErasure;
import org.ospo.summit.invitation.service.NextYearNominations;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

/**
 * summit.attendees → invitations: an erased attendee's invitation is anonymised; an attendee's preparation readiness
 * is kept on their invitation (to invite people again by how they prepared); the peers named in the next-year form
 * become nominations for the next edition ({@link NextYearNominations}). Other types are skipped.
 */
@ApplicationScoped
public class AttendeeEventsConsumer {
    static final String CONSUMER = "invitation-service.attendees";

    private final EventInbox inbox;
    private final InvitationErasure erasure;
    private final InvitationRepository invitations;
    private final NextYearNominations nextYear;
    private final ObjectMapper json;

    public AttendeeEventsConsumer(
            EventInbox inbox,
            InvitationErasure erasure,
            InvitationRepository invitations,
            NextYearNominations nextYear,
            ObjectMapper json) {
        this.nextYear = nextYear;
        this.invitations = invitations;
        this.inbox = inbox;
        this.erasure = erasure;
        this.json = json;
    }

    @Incoming("attendees")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(
                CONSUMER,
                message,
                Set.of(
                        EventType.ATTENDEE_ERASED,
                        EventType.ATTENDEE_PREPARATION_UPDATED,
                        EventType.ATTENDEE_NEXT_YEAR_ANSWERED),
                this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        EventType type = event.eventType().orElseThrow();
        if (type == EventType.ATTENDEE_ERASED) {
            return erasure.erase(event.data(AttendeeErased.class, json).attendeeId());
        }
        if (type == EventType.ATTENDEE_NEXT_YEAR_ANSWERED) {
            return nextYear.answered(event.data(AttendeeNextYearAnswered.class, json));
        }
        AttendeePreparationUpdated prepared = event.data(AttendeePreparationUpdated.class, json);
        return invitations
                .update("readiness = ?1 where attendeeId = ?2", prepared.readiness(), prepared.attendeeId())
                .replaceWithVoid();
    }
}
