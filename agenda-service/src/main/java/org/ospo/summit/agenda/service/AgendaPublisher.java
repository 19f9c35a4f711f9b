package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.model.AgendaVersion;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.contracts.events.AgendaPublished;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.outbox.Outbox;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Publishes an edition's draft as its next numbered version (versions are numbered per edition, without gaps: the
 * draft is locked while it is read): an immutable snapshot of the scheduled sessions ({@link DraftSnapshot}) with
 * their iCalendar sequences, the sessions cancelled so far and the changelog ({@link NextVersion}), then
 * agenda.published, and session.changed / session.cancelled for moved or cancelled sessions that people registered for
 * ({@link AffectedAttendees}), all through the outbox in the same transaction.
 */
@ApplicationScoped
public class AgendaPublisher {
    private final DraftSnapshot drafts;
    private final AgendaVersionRepository versions;
    private final Snapshots snapshots;
    private final AffectedAttendees affected;
    private final Outbox outbox;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final PublishedAgenda published;

    public AgendaPublisher(
            DraftSnapshot drafts,
            AgendaVersionRepository versions,
            Snapshots snapshots,
            AffectedAttendees affected,
            Outbox outbox,
            SummitClock clock,
            KnownEditions editions,
            PublishedAgenda published) {
        this.drafts = drafts;
        this.versions = versions;
        this.snapshots = snapshots;
        this.affected = affected;
        this.outbox = outbox;
        this.clock = clock;
        this.editions = editions;
        this.published = published;
    }

    /**
     * Publishes an edition's draft (the current edition's when {@code summitId} is null); a past one's → 409. Once
     * committed, this replica's in-memory agenda learns of it at once (the others by notification).
     */
    public Uni<PublishedVersion> publish(Integer summitId) {
        return Panache.withTransaction(() -> editions.resolve(summitId)
                        .call(edition -> editions.checkWritable(edition, "agenda"))
                        .chain(edition -> drafts.lockAndRead(edition)
                                .chain(draft ->
                                        versions.latest(edition).chain(latest -> publish(edition, latest, draft)))))
                .invoke(published::changed);
    }

    private Uni<PublishedVersion> publish(int summitId, AgendaVersion latest, DraftSnapshot.Snapshot draft) {
        List<PublishedSession> previous = latest == null ? List.of() : snapshots.sessions(latest);
        NextVersion next =
                NextVersion.of(previous, latest == null ? List.of() : snapshots.cancelled(latest), draft.sessions());
        if (latest != null && next.changes().isEmpty()) {
            return Uni.createFrom()
                    .failure(ProblemException.conflict("Nothing changed since version " + latest.version));
        }
        AgendaVersion version = new AgendaVersion();
        version.summitId = summitId;
        version.version = latest == null ? 1 : latest.version + 1;
        version.publishedAt = OffsetDateTime.now(clock.withZone(draft.zone())).withNano(0);
        version.timezone = draft.zone().getId();
        version.sessions = snapshots.write(next.sessions());
        version.cancelled = snapshots.write(next.cancelled());
        version.changes = snapshots.write(next.changes());
        return versions.persist(version)
                .call(() -> outbox.record(new AgendaPublished(
                        summitId,
                        version.version,
                        version.publishedAt,
                        next.sessions().size(),
                        next.changes().size())))
                .call(() -> affected.announce(
                        summitId, version.version, next.changes(), byId(previous), byId(next.sessions())))
                .map(v -> new PublishedVersion(v.version, v.publishedAt, next.changes()));
    }

    private static Map<UUID, PublishedSession> byId(List<PublishedSession> sessions) {
        return sessions.stream().collect(Collectors.toMap(PublishedSession::id, Function.identity()));
    }
}
