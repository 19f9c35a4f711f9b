package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.ospo.summit.agenda.api.AgendaStats;
import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.api.SessionDetail;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.http.RenderedJson;
import org.ospo.summit.platform.problem.ProblemException;

/** The public, published agenda: only what organizers published, never the draft. */
@ApplicationScoped
public class AgendaService {
    private final AgendaVersionRepository versions;
    private final RegistrationRepository registrations;
    private final PublishedAgenda published;
    private final Snapshots snapshots;
    private final KnownEditions editions;
    private final SessionSeats seats;
    private final EntityTags tags;
    /** per session, its detail as last written: written again only when the version or the seats changed */
    private final Map<UUID, Rendered> details = new ConcurrentHashMap<>();

    private record Rendered(PublishedSession session, int seatsTaken, RenderedJson json) {}

    public AgendaService(
            AgendaVersionRepository versions,
            RegistrationRepository registrations,
            PublishedAgenda published,
            Snapshots snapshots,
            KnownEditions editions,
            SessionSeats seats,
            EntityTags tags) {
        this.seats = seats;
        this.tags = tags;
        this.versions = versions;
        this.registrations = registrations;
        this.published = published;
        this.snapshots = snapshots;
        this.editions = editions;
    }

    /** An edition's published agenda (the current edition's when {@code summitId} is null). */
    public Uni<PublishedAgenda.Current> current(Integer summitId) {
        return published.current(summitId);
    }

    /** The sessions of a version on a day (in the summit's zone), on a topic, of a kind; null means any. */
    public static AgendaView filter(PublishedAgenda.Current agenda, LocalDate day, Topic topic, SessionKind kind) {
        List<PublishedSession> sessions = agenda.sessions().stream()
                .filter(s -> day == null
                        || s.startsAt()
                                .atZoneSameInstant(agenda.zone())
                                .toLocalDate()
                                .equals(day))
                .filter(s -> topic == null || s.topics().contains(topic))
                .filter(s -> kind == null || s.kind() == kind)
                .toList();
        return new AgendaView(agenda.version(), agenda.publishedAt(), sessions);
    }

    /** An edition's agenda in figures: its latest version, its sessions and who registered for them. */
    public Uni<AgendaStats> stats(Integer summitId) {
        return published
                .current(summitId)
                .chain(agenda -> Panache.withSession(() -> registrations.totals(agenda.summitId()))
                        .map(totals -> new AgendaStats(
                                agenda.summitId(),
                                agenda.version(),
                                agenda.sessions().size(),
                                agenda.cancelled().size(),
                                totals.registrations(),
                                totals.attendees())));
    }

    /** An edition's versions after {@code since}, oldest first, with their changes. */
    @WithSession
    public Uni<List<PublishedVersion>> changesSince(Integer summitId, int since) {
        return editions.resolve(summitId)
                .chain(edition ->
                        versions.list("summitId = ?1 and version > ?2", Sort.ascending("version"), edition, since))
                .map(list -> list.stream()
                        .map(v -> new PublishedVersion(v.version, v.publishedAt, snapshots.changes(v)))
                        .toList());
    }

    /**
     * A published session with its seats left, as JSON with its tag: from memory while the version and the session's
     * seats are unchanged (no database round trip when the listener is up).
     */
    public Uni<RenderedJson> detail(UUID id) {
        return session(id)
                .chain(session -> seats.taken(id).map(taken -> {
                    Rendered held = details.get(id);
                    if (held != null && held.session() == session && held.seatsTaken() == taken) {
                        return held.json();
                    }
                    RenderedJson json =
                            tags.render(new SessionDetail(session, Math.max(0, session.capacity() - taken)));
                    details.put(id, new Rendered(session, taken, json));
                    return json;
                }));
    }

    /**
     * A published session of any edition (the current edition's agenda is looked at first); a cancelled one is 410
     * Gone, one never published is 404.
     */
    public Uni<PublishedSession> session(UUID id) {
        return published
                .current()
                .chain(agenda ->
                        agenda.byId().containsKey(id) || agenda.cancelled().containsKey(id)
                                ? Uni.createFrom().item(agenda)
                                : published
                                        .editionOf(id)
                                        .chain(edition -> edition == null || edition == agenda.summitId()
                                                ? Uni.createFrom().item(agenda)
                                                : published.current(edition)))
                .map(agenda -> {
                    PublishedSession session = agenda.byId().get(id);
                    if (session != null) {
                        return session;
                    }
                    PublishedSession cancelled = agenda.cancelled().get(id);
                    if (cancelled != null) {
                        throw ProblemException.gone("Session \"" + cancelled.title() + "\" was cancelled");
                    }
                    throw ProblemException.notFound("Published session", id);
                });
    }
}
