package org.ospo.summit.attendee.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.attendee.service.AttendeeService;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.contracts.events.InvitationAccepted;
import org.ospo.summit.contracts.events.InvitationDeclined;
import org.ospo.summit.contracts.events.InvitationRevoked;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.contracts.events.WithdrawalReason;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

/**
 * summit.invitations → attendees: accepted → a new attendee of the invitation's edition; declined / revoked after
 * acceptance → withdrawn; summit.updated → the editions this service knows (current, read-only), and an archived
 * edition's attendees anonymised once its retention period passed.
 * Types this service does not act on are recorded as processed and skipped.
 */
@ApplicationScoped
public class InvitationEventsConsumer {
    static final String CONSUMER = "attendee-service.invitations";
    private static final Set<EventType> WANTED = Set.of(
            EventType.INVITATION_ACCEPTED,
            EventType.INVITATION_DECLINED,
            EventType.INVITATION_REVOKED,
            EventType.SUMMIT_UPDATED);

    private final EventInbox inbox;
    private final AttendeeService attendees;
    private final KnownEditions editions;
    private final ObjectMapper json;

    public InvitationEventsConsumer(
            EventInbox inbox, AttendeeService attendees, KnownEditions editions, ObjectMapper json) {
        this.inbox = inbox;
        this.editions = editions;
        this.attendees = attendees;
        this.json = json;
    }

    @Incoming("invitations")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, WANTED, this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == EventType.SUMMIT_UPDATED) {
            SummitUpdated edition = event.data(SummitUpdated.class, json);
            return editions.learn(edition)
                    .chain(() -> edition.anonymisedAt() == null
                            ? Uni.createFrom().voidItem()
                            : attendees
                                    .anonymiseEdition(Editions.of(edition.summitId()))
                                    .replaceWithVoid());
        }
        if (type == EventType.INVITATION_ACCEPTED) {
            return attendees.register(event.data(InvitationAccepted.class, json));
        }
        if (type == EventType.INVITATION_DECLINED) {
            InvitationDeclined declined = event.data(InvitationDeclined.class, json);
            return declined.attendeeId() == null
                    ? Uni.createFrom().voidItem()
                    : attendees.withdraw(
                            declined.attendeeId(),
                            declined.invitationId(),
                            Editions.of(declined.summitId()),
                            WithdrawalReason.DECLINED,
                            declined.declinedAt());
        }
        InvitationRevoked revoked = event.data(InvitationRevoked.class, json);
        return revoked.attendeeId() == null
                ? Uni.createFrom().voidItem()
                : attendees.withdraw(
                        revoked.attendeeId(),
                        revoked.invitationId(),
                        Editions.of(revoked.summitId()),
                        WithdrawalReason.REVOKED,
                        revoked.revokedAt());
    }
}
