package org.ospo.summit.agenda.event;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.contracts.events.AttendeeErased;
import org.ospo.summit.contracts.events.AttendeePreparationUpdated;
import org.ospo.summit.contracts.events.AttendeeRegistered;
import org.ospo.summit.contracts.events.AttendeeWithdrawn;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * summit.attendees → who may register. registered → eligible (unless a withdrawal or erasure arrived first);
 * withdrawn / erased → not eligible and their registrations are removed, which frees the seats;
 * preparation-updated → the topics they want (for recommendations).
 */
@ApplicationScoped
public class AttendeeEventsConsumer {
    static final String CONSUMER = "agenda-service.attendees";
    private static final String UPSERT = "insert into attendee_eligibility (attendee_id, summit_id, status, topics, "
            + "updated_at) values (:id, :summit, :status, '', now()) on conflict (attendee_id) do update set "
            + "status = :status, updated_at = now() where attendee_eligibility.status = 'ACTIVE' or :status <> 'ACTIVE'";
    /** an attendee's registrations deleted and their sessions' seats given back (each session once: one row each) */
    private static final String LEAVE_ALL = "with gone as (delete from registration where attendee_id = :id "
            + "returning session_id) update agenda_session s set seats_taken = s.seats_taken - 1 from gone "
            + "where s.id = gone.session_id";

    private final EventInbox inbox;
    private final ObjectMapper json;

    public AttendeeEventsConsumer(EventInbox inbox, ObjectMapper json) {
        this.inbox = inbox;
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
            return status(registered.attendeeId(), registered.summitId(), "ACTIVE");
        }
        if (type == EventType.ATTENDEE_WITHDRAWN) {
            AttendeeWithdrawn withdrawn = event.data(AttendeeWithdrawn.class, json);
            return leave(withdrawn.attendeeId(), withdrawn.summitId(), "WITHDRAWN");
        }
        if (type == EventType.ATTENDEE_ERASED) {
            AttendeeErased erased = event.data(AttendeeErased.class, json);
            return leave(erased.attendeeId(), erased.summitId(), "ERASED");
        }
        if (type == EventType.ATTENDEE_PREPARATION_UPDATED) {
            AttendeePreparationUpdated p = event.data(AttendeePreparationUpdated.class, json);
            return sql("update attendee_eligibility set topics = :topics, updated_at = now() where attendee_id = :id",
                    p.attendeeId(), String.join(",", p.topics()));
        }
        return Uni.createFrom().voidItem();
    }

    /** An attendee of an edition (the first for an event from before editions) may register, or no longer. */
    private Uni<Void> status(UUID attendee, Integer summitId, String status) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UPSERT).setParameter("id", attendee)
                .setParameter("summit", Editions.of(summitId)).setParameter("status", status).executeUpdate())
                .replaceWithVoid();
    }

    private Uni<Void> leave(UUID attendee, Integer summitId, String status) {
        return status(attendee, summitId, status).chain(() -> sql(LEAVE_ALL, attendee, null));
    }

    private static Uni<Void> sql(String sql, UUID attendee, String topics) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql).setParameter("id", attendee);
            if (topics != null) {
                query.setParameter("topics", topics);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

}
