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
    private final Snapshots snapshots;

    public AgendaService(AgendaVersionRepository versions, Snapshots snapshots) {
        this.versions = versions;
        this.snapshots = snapshots;
    }

    @WithSession
    public Uni<AgendaView> published(LocalDate day, Topic topic, SessionKind kind) {
        return versions.latest().map(latest -> {
            if (latest == null) {
                return new AgendaView(0, null, List.of());
            }
            List<PublishedSession> sessions = snapshots.sessions(latest).stream()
                    .filter(s -> day == null || s.startsAt().toLocalDate().equals(day))
                    .filter(s -> topic == null || s.topics().contains(topic))
                    .filter(s -> kind == null || s.kind() == kind)
                    .toList();
            return new AgendaView(latest.version, latest.publishedAt, sessions);
        });
    }

    /** Every version after {@code since}, oldest first, with its changes. */
    @WithSession
    public Uni<List<PublishedVersion>> changesSince(int since) {
        return versions.list("version > ?1", Sort.ascending("version"), since).map(list -> list.stream()
                .map(v -> new PublishedVersion(v.version, v.publishedAt, snapshots.changes(v))).toList());
    }

    @WithSession
    public Uni<PublishedSession> session(UUID id) {
        return versions.latest().map(latest -> (latest == null ? List.<PublishedSession>of() : snapshots.sessions(latest))
                .stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Published session", id)));
    }
}
