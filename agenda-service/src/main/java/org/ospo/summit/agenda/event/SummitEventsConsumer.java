package org.ospo.summit.agenda.event;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.ospo.summit.agenda.service.DemoAgenda;
import org.ospo.summit.agenda.service.SummitDays;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.contracts.events.SummitUpdated;
import org.ospo.summit.platform.inbox.EventInbox;
import org.ospo.summit.platform.inbox.InboundEvent;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * summit.invitations → the summit's days and time zone (summit.updated); the rest of that topic is not the agenda's
 * business. The first announcement also lays out the demo agenda on the summit's day when the local run asks for it.
 */
@ApplicationScoped
public class SummitEventsConsumer {
    static final String CONSUMER = "agenda-service.summit";

    private final EventInbox inbox;
    private final SummitDays days;
    private final DemoAgenda demo;
    private final ObjectMapper json;

    public SummitEventsConsumer(EventInbox inbox, SummitDays days, DemoAgenda demo, ObjectMapper json) {
        this.inbox = inbox;
        this.days = days;
        this.demo = demo;
        this.json = json;
    }

    @Incoming("summit")
    public Uni<Void> consume(Message<String> message) {
        return inbox.process(CONSUMER, message, Set.of(EventType.SUMMIT_UPDATED), this::handle);
    }

    private Uni<Void> handle(InboundEvent event) {
        return days.update(event.data(SummitUpdated.class, json)).chain(() -> days.current()).chain(demo::loadIfAsked);
    }
}
