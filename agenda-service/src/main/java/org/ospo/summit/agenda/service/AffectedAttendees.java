package org.ospo.summit.agenda.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.contracts.events.EventPayload;
import org.ospo.summit.contracts.events.SessionCancelled;
import org.ospo.summit.contracts.events.SessionChanged;
import org.ospo.summit.platform.outbox.Outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tells the people registered for a moved or cancelled session: session.changed (old and new slot) or
 * session.cancelled through the outbox, in the publishing transaction. Sessions nobody registered for say nothing.
 */
@ApplicationScoped
public class AffectedAttendees {
    private final Outbox outbox;

    public AffectedAttendees(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> announce(int summitId, int version, List<Change> changes, Map<UUID, PublishedSession> before,
            Map<UUID, PublishedSession> after) {
        Set<UUID> touched = changes.stream().filter(c -> "MOVED".equals(c.type()) || "CANCELLED".equals(c.type()))
                .map(Change::sessionId).collect(Collectors.toSet());
        if (touched.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return registered(touched).chain(attendees -> {
            List<EventPayload> events = new ArrayList<>();
            for (Change change : changes) {
                List<UUID> people = attendees.get(change.sessionId());
                PublishedSession was = before.get(change.sessionId());
                if (people == null) {
                    continue;
                }
                if ("CANCELLED".equals(change.type())) {
                    events.add(new SessionCancelled(was.id(), summitId, version, was.title(), was.startsAt(), was.room().name(),
                            people));
                } else if ("MOVED".equals(change.type())) {
                    PublishedSession now = after.get(change.sessionId());
                    events.add(new SessionChanged(now.id(), summitId, version, now.title(), now.startsAt(), now.endsAt(),
                            now.room().name(), was.startsAt(), was.endsAt(), was.room().name(), people));
                }
            }
            // one after the other: the transaction's session takes one operation at a time
            return Multi.createFrom().iterable(events).onItem().transformToUniAndConcatenate(outbox::record)
                    .collect().last().replaceWithVoid();
        });
    }

    private Uni<Map<UUID, List<UUID>>> registered(Set<UUID> sessionIds) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select session_id, attendee_id from registration where session_id in (:ids) order by created_at",
                Object[].class).setParameter("ids", sessionIds).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0],
                        Collectors.mapping(r -> (UUID) r[1], Collectors.toList()))));
    }
}
