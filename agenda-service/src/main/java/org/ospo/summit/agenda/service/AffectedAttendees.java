package org.ospo.summit.agenda.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.ChangeType;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.contracts.events.EventPayload;
import org.ospo.summit.contracts.events.SessionCancelled;
import org.ospo.summit.contracts.events.SessionChanged;
import org.ospo.summit.platform.outbox.Outbox;

/**
 * Tells the people registered for a moved or cancelled session: session.changed (old and new slot) or
 * session.cancelled through the outbox, in the publishing transaction. Sessions nobody registered for say nothing.
 */
@ApplicationScoped
public class AffectedAttendees {
    private final Outbox outbox;
    private final RegistrationRepository registrations;

    public AffectedAttendees(Outbox outbox, RegistrationRepository registrations) {
        this.outbox = outbox;
        this.registrations = registrations;
    }

    public Uni<Void> announce(
            int summitId,
            int version,
            List<Change> changes,
            Map<UUID, PublishedSession> before,
            Map<UUID, PublishedSession> after) {
        Set<UUID> touched = changes.stream()
                .filter(c -> c.type().concernsAttendees())
                .map(Change::sessionId)
                .collect(Collectors.toSet());
        if (touched.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return registrations.attendeesOf(touched).chain(attendees -> {
            List<EventPayload> events = new ArrayList<>();
            for (Change change : changes) {
                List<UUID> people = attendees.get(change.sessionId());
                PublishedSession was = before.get(change.sessionId());
                if (people == null) {
                    continue;
                }
                if (change.type() == ChangeType.CANCELLED) {
                    events.add(new SessionCancelled(
                            was.id(),
                            summitId,
                            version,
                            was.title(),
                            was.startsAt(),
                            was.room().name(),
                            people));
                } else if (change.type() == ChangeType.MOVED) {
                    PublishedSession now = after.get(change.sessionId());
                    events.add(new SessionChanged(
                            now.id(),
                            summitId,
                            version,
                            now.title(),
                            now.startsAt(),
                            now.endsAt(),
                            now.room().name(),
                            was.startsAt(),
                            was.endsAt(),
                            was.room().name(),
                            people));
                }
            }
            // one after the other: the transaction's session takes one operation at a time
            return Multi.createFrom()
                    .iterable(events)
                    .onItem()
                    .transformToUniAndConcatenate(outbox::record)
                    .collect()
                    .last()
                    .replaceWithVoid();
        });
    }
}
