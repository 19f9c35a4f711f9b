package org.ospo.summit.attendee.event;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.contracts.events.InvitationDeclined;
import org.ospo.summit.contracts.events.InvitationRevoked;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * summit.invitations → attendees: accepted → a new attendee; declined / revoked after acceptance → withdrawn.
 * Types this service does not act on are recorded as processed and skipped.
 */
@ApplicationScoped
public class InvitationEventsConsumer {
    static final String CONSUMER = "attendee-service.invitations";
    private static final Set<EventType> WANTED = Set.of(EventType.INVITATION_ACCEPTED, EventType.INVITATION_DECLINED,
            EventType.INVITATION_REVOKED);

    private final EventInbox inbox;
    private final AttendeeService attendees;
    private final ObjectMapper json;

    public InvitationEventsConsumer(EventInbox inbox, AttendeeService attendees, ObjectMapper json) {
        this.inbox = inbox;
        this.attendees = attendees;
        this.json = json;
    }

    @Incoming("invitations")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, WANTED, this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == EventType.INVITATION_ACCEPTED) {
            return attendees.register(event.data(InvitationAccepted.class, json));
        }
        if (type == EventType.INVITATION_DECLINED) {
            InvitationDeclined declined = event.data(InvitationDeclined.class, json);
            return declined.attendeeId() == null ? Uni.createFrom().voidItem()
                    : attendees.withdraw(declined.attendeeId(), declined.invitationId(), "DECLINED", declined.declinedAt());
        }
        InvitationRevoked revoked = event.data(InvitationRevoked.class, json);
        return revoked.attendeeId() == null ? Uni.createFrom().voidItem()
                : attendees.withdraw(revoked.attendeeId(), revoked.invitationId(), "REVOKED", revoked.revokedAt());
    }
}
