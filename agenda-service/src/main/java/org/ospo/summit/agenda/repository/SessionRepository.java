package org.ospo.summit.agenda.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.SessionStatus;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<AgendaSession, UUID> {

    /** Scheduled sessions other than {@code self} that overlap [start, end). */
    public Uni<List<AgendaSession>> overlapping(OffsetDateTime start, OffsetDateTime end, UUID self) {
        return list("status = ?1 and id <> ?2 and startsAt < ?3 and endsAt > ?4", SessionStatus.SCHEDULED, self, end,
                start);
    }

    public Uni<List<AgendaSession>> scheduled() {
        return list("status", Sort.ascending("startsAt", "title"), SessionStatus.SCHEDULED);
    }

    /** Serialises edits of the draft (conflict checks) and publications across replicas, until the transaction ends. */
    public Uni<Void> lockDraft() {
        return getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(728301)").getSingleResult())
                .replaceWithVoid();
    }
}
