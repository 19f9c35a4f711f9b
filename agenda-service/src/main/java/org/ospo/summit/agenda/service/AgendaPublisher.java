package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.Change;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.agenda.model.ChangeType;
import org.ospo.summit.agenda.model.Room;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.events.AgendaPublished;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Publishes an edition's draft as its next numbered version (versions are numbered per edition): an immutable snapshot of the scheduled sessions (times in the
 * summit's zone, each with its iCalendar SEQUENCE), the sessions cancelled so far, the changelog against the
 * previous version, agenda.published, and session.changed / session.cancelled for moved or cancelled sessions that
 * people registered for — all through the outbox. Holds the draft lock, so versions are numbered without gaps.
 */
@ApplicationScoped
public class AgendaPublisher {
    private final SessionRepository sessions;
    private final RoomRepository rooms;
    private final AgendaVersionRepository versions;
    private final DraftAgenda draft;
    private final Snapshots snapshots;
    private final SummitDays days;
    private final AffectedAttendees affected;
    private final Outbox outbox;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final PublishedAgenda published;

    public AgendaPublisher(
            SessionRepository sessions,
            RoomRepository rooms,
            AgendaVersionRepository versions,
            DraftAgenda draft,
            Snapshots snapshots,
            SummitDays days,
            AffectedAttendees affected,
            Outbox outbox,
            SummitClock clock,
            KnownEditions editions,
            PublishedAgenda published) {
        this.editions = editions;
        this.published = published;
        this.sessions = sessions;
        this.rooms = rooms;
        this.versions = versions;
        this.draft = draft;
        this.snapshots = snapshots;
        this.days = days;
        this.affected = affected;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Publishes an edition's draft (the current edition's when {@code summitId} is null); a past one's → 409. Once
     * committed, this replica's in-memory agenda learns of it at once (the others by notification).
     */
    public Uni<PublishedVersion> publish(Integer summitId) {
        return Panache.withTransaction(() -> editions.resolve(summitId)
                        .call(edition -> editions.checkWritable(edition, "agenda"))
                        .chain(edition -> publishEdition(edition)))
                .invoke(published::changed);
    }

    private Uni<PublishedVersion> publishEdition(int summitId) {
        return sessions.lockDraft(summitId)
                .chain(() -> versions.latest(summitId))
                .chain(latest -> days.of(summitId)
                        .chain(window -> sessions.scheduled(summitId)
                                .chain(scheduled -> rooms.list("summitId", summitId)
                                        .map(all -> snapshot(scheduled, all, window.zone())))
                                .chain(snapshot -> {
                                    List<String> outside = snapshot.stream()
                                            .filter(s -> !window.contains(s.startsAt(), s.endsAt()))
                                            .map(PublishedSession::title)
                                            .toList();
                                    if (!outside.isEmpty()) {
                                        return Uni.createFrom()
                                                .failure(ProblemException.conflict(outside.size() + " session(s) lie "
                                                                + "outside the summit's days " + window.describe()
                                                                + ": " + String.join(", ", outside))
                                                        .with("sessions", outside));
                                    }
                                    return publish(summitId, latest, snapshot, window.zone());
                                })));
    }

    private Uni<PublishedVersion> publish(
            int summitId, AgendaVersion latest, List<PublishedSession> draftSnapshot, ZoneId zone) {
        List<PublishedSession> previous = latest == null ? List.of() : snapshots.sessions(latest);
        List<Change> changes = Changelog.between(previous, draftSnapshot);
        if (latest != null && changes.isEmpty()) {
            return Uni.createFrom()
                    .failure(ProblemException.conflict("Nothing changed since version " + latest.version));
        }
        Map<UUID, PublishedSession> before =
                previous.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        Set<UUID> revised = changes.stream()
                .filter(c -> c.type().revises())
                .map(Change::sessionId)
                .collect(Collectors.toSet());
        List<PublishedSession> snapshot = draftSnapshot.stream()
                .map(s -> {
                    PublishedSession was = before.get(s.id());
                    return s.withSequence(was == null ? 0 : was.sequence() + (revised.contains(s.id()) ? 1 : 0));
                })
                .toList();
        Map<UUID, PublishedSession> cancelled = new LinkedHashMap<>();
        if (latest != null) {
            snapshots.cancelled(latest).forEach(s -> cancelled.put(s.id(), s));
        }
        changes.stream()
                .filter(c -> c.type() == ChangeType.CANCELLED)
                .map(c -> before.get(c.sessionId()))
                .forEach(gone -> cancelled.put(gone.id(), gone.withSequence(gone.sequence() + 1)));

        AgendaVersion version = new AgendaVersion();
        version.summitId = summitId;
        version.version = latest == null ? 1 : latest.version + 1;
        version.publishedAt = OffsetDateTime.now(clock.withZone(zone)).withNano(0);
        version.timezone = zone.getId();
        version.sessions = snapshots.write(snapshot);
        version.cancelled = snapshots.write(new ArrayList<>(cancelled.values()));
        version.changes = snapshots.write(changes);
        Map<UUID, PublishedSession> after =
                snapshot.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
        return versions.persist(version)
                .call(() -> outbox.record(new AgendaPublished(
                        summitId, version.version, version.publishedAt, snapshot.size(), changes.size())))
                .call(() -> affected.announce(summitId, version.version, changes, before, after))
                .map(v -> new PublishedVersion(v.version, v.publishedAt, changes));
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
                            draft.speakers(s).stream()
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
