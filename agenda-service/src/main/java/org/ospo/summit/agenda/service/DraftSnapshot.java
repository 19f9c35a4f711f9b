package org.ospo.summit.agenda.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.Room;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.platform.problem.ProblemException;

/**
 * An edition's draft as it would be published: its scheduled sessions with their rooms, times in the summit's zone
 * (sequences still 0: {@link NextVersion} numbers them). A draft with sessions outside the summit's days is refused
 * (409 naming them).
 */
@ApplicationScoped
public class DraftSnapshot {
    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final DraftAgenda draft;
    private final SummitDays days;

    public DraftSnapshot(SessionRepository sessions, RoomRepository rooms, DraftAgenda draft, SummitDays days) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.draft = draft;
        this.days = days;
    }

    /** The draft in the summit's time zone. */
    public record Snapshot(ZoneId zone, List<PublishedSession> sessions) {}

    /**
     * Locks the edition's draft until the transaction ends (publications of one edition one at a time, so versions
     * are numbered without gaps), then reads it.
     */
    public Uni<Snapshot> lockAndRead(int summitId) {
        return sessions.lockDraft(summitId)
                .chain(() -> days.of(summitId))
                .chain(window -> sessions.scheduled(summitId)
                        .chain(scheduled -> rooms.list("summitId", summitId)
                                .map(all -> new Snapshot(window.zone(), snapshot(scheduled, all, window.zone()))))
                        .invoke(snapshot -> {
                            List<String> outside = snapshot.sessions().stream()
                                    .filter(s -> !window.contains(s.startsAt(), s.endsAt()))
                                    .map(PublishedSession::title)
                                    .toList();
                            if (!outside.isEmpty()) {
                                throw ProblemException.conflict(
                                                outside.size() + " session(s) lie outside the summit's days "
                                                        + window.describe() + ": " + String.join(", ", outside))
                                        .with("sessions", outside);
                            }
                        }));
    }

    private List<PublishedSession> snapshot(List<AgendaSession> scheduled, List<Room> all, ZoneId zone) {
        Map<UUID, Room> byId = all.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return scheduled.stream()
                .map(s -> {
                    Room room = byId.get(s.roomId);
                    return new PublishedSession(
                            s.id,
                            s.title,
                            s.summary,
                            s.kind,
                            s.topics,
                            s.speakers.stream()
                                    .map(p -> new PublishedSession.Speaker(p.name(), p.company(), p.bio()))
                                    .toList(),
                            new PublishedSession.Room(room.id, room.name),
                            s.startsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                            s.endsAt.atZoneSameInstant(zone).toOffsetDateTime(),
                            s.capacity != null ? s.capacity : room.capacity,
                            0);
                })
                .toList();
    }
}
