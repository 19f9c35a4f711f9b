package org.ospo.summit.invitation.event;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.invitation.service.InvitationErasure;
import org.ospo.summit.platform.inbox.EventInbox;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/** summit.attendees → invitations: an erased attendee's invitation is anonymised. Other types are skipped. */
@ApplicationScoped
public class AttendeeEventsConsumer {
    static final String CONSUMER = "invitation-service.attendees";

    private final EventInbox inbox;
    private final InvitationErasure erasure;
    private final ObjectMapper json;

    public AttendeeEventsConsumer(EventInbox inbox, InvitationErasure erasure, ObjectMapper json) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.json = json;
    }

    @Incoming("attendees")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, Set.of(EventType.ATTENDEE_ERASED),
                event -> erasure.erase(event.data(AttendeeErased.class, json).attendeeId()));
    }
}
