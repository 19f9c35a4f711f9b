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

    /** An edition's scheduled sessions other than {@code self} that overlap [start, end). */
    public Uni<List<AgendaSession>> overlapping(int summitId, OffsetDateTime start, OffsetDateTime end, UUID self) {
        return list("summitId = ?1 and status = ?2 and id <> ?3 and startsAt < ?4 and endsAt > ?5", summitId,
                SessionStatus.SCHEDULED, self, end, start);
    }

    /** An edition's draft: its scheduled sessions in time order. */
    public Uni<List<AgendaSession>> scheduled(int summitId) {
        return list("summitId = ?1 and status = ?2", Sort.ascending("startsAt", "title"), summitId,
                SessionStatus.SCHEDULED);
    }

    /**
     * Serialises edits of an edition's draft (conflict checks) and its publications across replicas, until the
     * transaction ends.
     */
    /** the edition of a session, without loading it (null: no such session) */
    public Uni<Integer> summitOf(UUID id) {
        return find("select summitId from AgendaSession where id = ?1", id).project(Integer.class).firstResult();
    }

    public Uni<Void> lockDraft(int summitId) {
        return getSession().chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(728301, :summit)")
                .setParameter("summit", summitId).getSingleResult()).replaceWithVoid();
    }
}
