package org.ospo.summit.agenda.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.agenda.service.DemoAgenda;
import org.ospo.summit.agenda.service.SummitDays;
import org.ospo.summit.contracts.events.Editions;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

/**
 * summit.invitations → the editions (summit.updated): each edition's days and time zone, which one is current and
 * which are past, and a new edition copied from another gets that edition's rooms; the rest of that topic is not the
 * agenda's business. The current edition's first announcement also lays out the demo agenda on its first day when the
 * local run asks for it.
 */
@ApplicationScoped
public class SummitEventsConsumer {
    static final String CONSUMER = "agenda-service.summit";

    private final EventInbox inbox;
    private final SummitDays days;
    private final DemoAgenda demo;
    private final KnownEditions editions;
    private final RoomRepository rooms;
    private final ObjectMapper json;

    public SummitEventsConsumer(
            EventInbox inbox,
            SummitDays days,
            DemoAgenda demo,
            KnownEditions editions,
            RoomRepository rooms,
            ObjectMapper json) {
        this.inbox = inbox;
        this.editions = editions;
        this.rooms = rooms;
        this.days = days;
        this.demo = demo;
        this.json = json;
    }

    @Incoming("summit")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, Set.of(EventType.SUMMIT_UPDATED), this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        SummitUpdated edition = event.data(SummitUpdated.class, json);
        int id = Editions.of(edition.summitId());
        return editions.learn(edition)
                .chain(() -> days.update(edition))
                .chain(() -> edition.copiedFrom() == null
                        ? Uni.createFrom().voidItem()
                        : rooms.copyRooms(edition.copiedFrom(), id).replaceWithVoid())
                .chain(() -> edition.isCurrent()
                        ? days.of(id).chain(window -> demo.loadIfAsked(id, window))
                        : Uni.createFrom().voidItem());
    }
}
