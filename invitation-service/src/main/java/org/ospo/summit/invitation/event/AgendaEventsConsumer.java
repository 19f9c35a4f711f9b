package org.ospo.summit.invitation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.SessionCancelled;
import org.ospo.summit.contracts.events.SessionChanged;
import org.ospo.summit.invitation.mail.InvitationMailer;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.invitation.repository.InvitationRepository;
import org.ospo.summit.invitation.repository.SummitRepository;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

/**
 * summit.agenda → mails: the attendees registered for a moved (session.changed) or cancelled (session.cancelled)
 * session are told in their language, through the same outgoing-mail table as every other mail. Only accepted
 * invitations are mailed (a withdrawn or erased attendee is not); the inbox makes a redelivered event mail once.
 */
@ApplicationScoped
public class AgendaEventsConsumer {
    static final String CONSUMER = "invitation-service.agenda";

    private final EventInbox inbox;
    private final InvitationRepository invitations;
    private final SummitRepository summits;
    private final InvitationMailer mailer;
    private final ObjectMapper json;

    public AgendaEventsConsumer(
            EventInbox inbox,
            InvitationRepository invitations,
            SummitRepository summits,
            InvitationMailer mailer,
            ObjectMapper json) {
        this.inbox = inbox;
        this.invitations = invitations;
        this.summits = summits;
        this.mailer = mailer;
        this.json = json;
    }

    @Incoming("agenda")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(
                CONSUMER, message, Set.of(EventType.SESSION_CHANGED, EventType.SESSION_CANCELLED), this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == EventType.SESSION_CHANGED) {
            SessionChanged changed = event.data(SessionChanged.class, json);
            return tell(
                    changed.attendeeIds(), (invitation, summit) -> mailer.sessionChanged(invitation, summit, changed));
        }
        SessionCancelled cancelled = event.data(SessionCancelled.class, json);
        return tell(
                cancelled.attendeeIds(),
                (invitation, summit) -> mailer.sessionCancelled(invitation, summit, cancelled));
    }

    private Uni<Void> tell(List<UUID> attendeeIds, BiFunction<Invitation, Summit, Uni<Void>> mail) {
        return invitations
                .list("attendeeId in ?1 and status = ?2", attendeeIds, InvitationStatus.ACCEPTED)
                .chain(list -> Multi.createFrom()
                        .iterable(list)
                        .onItem()
                        .transformToUniAndConcatenate(invitation ->
                                summits.edition(invitation.summitId).chain(summit -> mail.apply(invitation, summit)))
                        .collect()
                        .last()
                        .replaceWithVoid());
    }
}
