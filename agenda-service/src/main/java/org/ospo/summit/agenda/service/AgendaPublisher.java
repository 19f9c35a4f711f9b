package org.ospo.summit.agenda.service;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.agenda.model.Room;
import org.ospo.summit.agenda.model.Topic;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.events.AgendaPublished;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Publishes the draft as the next numbered version: an immutable snapshot of the scheduled sessions plus the
 * changelog against the previous version, and agenda.published through the outbox. Holds the draft lock, so
 * versions are numbered without gaps or races.
 */
@ApplicationScoped
public class AgendaPublisher {
    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final AgendaVersionRepository versions;
    private final DraftAgenda draft;
    private final Snapshots snapshots;
    private final Outbox outbox;

    public AgendaPublisher(SessionRepository sessions, RoomRepository rooms, AgendaVersionRepository versions,
            DraftAgenda draft, Snapshots snapshots, Outbox outbox) {
        this.sessions = sessions;
        this.rooms = rooms;
        this.versions = versions;
        this.draft = draft;
        this.snapshots = snapshots;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<PublishedVersion> publish() {
        return sessions.lockDraft().chain(versions::latest).chain(latest -> sessions.scheduled()
                .chain(scheduled -> rooms.listAll().map(all -> snapshot(scheduled, all)))
                .chain(snapshot -> {
                    List<PublishedSession> previous = latest == null ? List.of() : snapshots.sessions(latest);
                    List<Change> changes = Changelog.between(previous, snapshot);
                    if (latest != null && changes.isEmpty()) {
                        return Uni.createFrom().failure(ProblemException.conflict(
                                "Nothing changed since version " + latest.version));
                    }
                    AgendaVersion version = new AgendaVersion();
                    version.version = latest == null ? 1 : latest.version + 1;
                    version.publishedAt = OffsetDateTime.now();
                    version.sessions = snapshots.write(snapshot);
                    version.changes = snapshots.write(changes);
                    return versions.persist(version)
                            .call(() -> outbox.record(new AgendaPublished(version.version, version.publishedAt,
                                    snapshot.size(), changes.size())))
                            .map(v -> new PublishedVersion(v.version, v.publishedAt, changes));
                }));
    }

    private List<PublishedSession> snapshot(List<AgendaSession> scheduled, List<Room> all) {
        Map<java.util.UUID, Room> byId = all.stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return scheduled.stream().map(s -> {
            Room room = byId.get(s.roomId);
            return new PublishedSession(s.id, s.title, s.summary, s.kind,
                    s.topics.isEmpty() ? List.of() : Arrays.stream(s.topics.split(",")).map(Topic::valueOf).toList(),
                    draft.speakers(s).stream().map(p -> new PublishedSession.Speaker(p.name(), p.company(), p.bio())).toList(),
                    new PublishedSession.Room(room.id, room.name), s.startsAt, s.endsAt,
                    s.capacity != null ? s.capacity : room.capacity);
        }).toList();
    }
}
