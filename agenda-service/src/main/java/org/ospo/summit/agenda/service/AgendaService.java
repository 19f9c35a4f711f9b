package org.ospo.summit.agenda.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.AgendaView;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.PublishedVersion;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.model.Topic;
import org.ospo.summit.agenda.repository.AgendaVersionRepository;
import org.ospo.summit.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The public, published agenda: only what organizers published, never the draft. */
@ApplicationScoped
public class AgendaService {
    private final AgendaVersionRepository versions;
    private final PublishedAgenda published;
    private final Snapshots snapshots;

    public AgendaService(AgendaVersionRepository versions, PublishedAgenda published, Snapshots snapshots) {
        this.versions = versions;
        this.published = published;
        this.snapshots = snapshots;
    }

    public Uni<PublishedAgenda.Current> current() {
        return published.current();
    }

    /** The sessions of a version on a day (in the summit's zone), on a topic, of a kind; null means any. */
    public static AgendaView filter(PublishedAgenda.Current agenda, LocalDate day, Topic topic, SessionKind kind) {
        List<PublishedSession> sessions = agenda.sessions().stream()
                .filter(s -> day == null || s.startsAt().atZoneSameInstant(agenda.zone()).toLocalDate().equals(day))
                .filter(s -> topic == null || s.topics().contains(topic))
                .filter(s -> kind == null || s.kind() == kind)
                .toList();
        return new AgendaView(agenda.version(), agenda.publishedAt(), sessions);
    }

    /** Every version after {@code since}, oldest first, with its changes. */
    @WithSession
    public Uni<List<PublishedVersion>> changesSince(int since) {
        return versions.list("version > ?1", Sort.ascending("version"), since).map(list -> list.stream()
                .map(v -> new PublishedVersion(v.version, v.publishedAt, snapshots.changes(v))).toList());
    }

    /** A published session; a cancelled one is 410 Gone, one never published is 404. */
    public Uni<PublishedSession> session(UUID id) {
        return published.current().map(agenda -> {
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
