package org.ospo.summit.agenda.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.agenda.model.Eligibility;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.FeedbackRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.AttendeePreparationUpdated;
import org.ospo.summit.contracts.events.AttendeeRegistered;
import org.ospo.summit.contracts.events.AttendeeWithdrawn;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;
import org.ospo.summit.platform.time.SummitClock;

/**
 * summit.attendees → who may register. registered → eligible (unless a withdrawal or erasure arrived first);
 * withdrawn / erased → not eligible and their registrations are removed, which frees the seats (erased: the comments
 * of their feedback go too, the ratings stay in the figures);
 * preparation-updated → the topics they want (for recommendations).
 */
@ApplicationScoped
public class AttendeeEventsConsumer {
    static final String CONSUMER = "agenda-service.attendees";
    private final EventInbox inbox;
    private final EligibilityRepository eligibility;
    private final RegistrationRepository registrations;
    private final FeedbackRepository feedback;
    private final SummitClock clock;
    private final ObjectMapper json;

    public AttendeeEventsConsumer(
            EventInbox inbox,
            EligibilityRepository eligibility,
            RegistrationRepository registrations,
            FeedbackRepository feedback,
            SummitClock clock,
            ObjectMapper json) {
        this.feedback = feedback;
        this.inbox = inbox;
        this.eligibility = eligibility;
        this.registrations = registrations;
        this.clock = clock;
        this.json = json;
    }

    @Incoming("attendees")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        EventType type = event.eventType().orElse(null);
        if (type == EventType.ATTENDEE_REGISTERED) {
            AttendeeRegistered registered = event.data(AttendeeRegistered.class, json);
            return status(registered.attendeeId(), registered.summitId(), Eligibility.ACTIVE);
        }
        if (type == EventType.ATTENDEE_WITHDRAWN) {
            AttendeeWithdrawn withdrawn = event.data(AttendeeWithdrawn.class, json);
            return leave(withdrawn.attendeeId(), withdrawn.summitId(), Eligibility.WITHDRAWN);
        }
        if (type == EventType.ATTENDEE_ERASED) {
            AttendeeErased erased = event.data(AttendeeErased.class, json);
            return leave(erased.attendeeId(), erased.summitId(), Eligibility.ERASED)
                    .chain(() -> feedback.eraseComments(erased.attendeeId()))
                    .replaceWithVoid();
        }
        if (type == EventType.ATTENDEE_PREPARATION_UPDATED) {
            AttendeePreparationUpdated p = event.data(AttendeePreparationUpdated.class, json);
            return eligibility.wants(p.attendeeId(), p.topics(), clock.now());
        }
        return Uni.createFrom().voidItem();
    }

    /** An attendee of an edition (the first for an event from before editions) may register, or no longer. */
    private Uni<Void> status(UUID attendee, Integer summitId, Eligibility status) {
        return eligibility.record(attendee, Editions.of(summitId), status, clock.now());
    }

    private Uni<Void> leave(UUID attendee, Integer summitId, Eligibility status) {
        return status(attendee, summitId, status).chain(() -> registrations.withdrawAll(attendee));
    }
}
