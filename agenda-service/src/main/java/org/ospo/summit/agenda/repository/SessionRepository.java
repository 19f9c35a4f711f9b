package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.SessionStatus;

/**
 * Sessions of every edition's draft. The {@code read…} methods run on the reactive client without a Hibernate session
 * (the hot reads); the others within the caller's session or transaction.
 */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<AgendaSession, UUID> {
    private final Pool pool;

    public SessionRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * An edition's scheduled sessions other than {@code self} that overlap [start, end): the rule of
     * {@code PublishedSession.overlaps}, as a query.
     */
    public Uni<List<AgendaSession>> overlapping(int summitId, OffsetDateTime start, OffsetDateTime end, UUID self) {
        return list(
                "summitId = ?1 and status = ?2 and id <> ?3 and startsAt < ?4 and endsAt > ?5",
                summitId,
                SessionStatus.SCHEDULED,
                self,
                end,
                start);
    }

    /** An edition's draft: its scheduled sessions in time order. */
    public Uni<List<AgendaSession>> scheduled(int summitId) {
        return list(
                "summitId = ?1 and status = ?2",
                Sort.ascending("startsAt", "title"),
                summitId,
                SessionStatus.SCHEDULED);
    }

    /** the edition of a session, without loading it (null: no such session) */
    public Uni<Integer> summitOf(UUID id) {
        return find("select summitId from AgendaSession where id = ?1", id)
                .project(Integer.class)
                .firstResult();
    }

    /**
     * Serialises edits of an edition's draft (conflict checks) and its publications across replicas, until the
     * transaction ends.
     */
    public Uni<Void> lockDraft(int summitId) {
        return getSession()
                .chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(728301, :summit)")
                        .setParameter("summit", summitId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Takes one of a session's seats if fewer than {@code capacity} (the published one) are taken: the seats taken
     * now, or null if none was free. The row stays locked until the transaction ends, so make this the transaction's
     * last statement.
     */
    public Uni<Integer> takeSeatIfFree(UUID id, int capacity) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "update agenda_session set seats_taken = seats_taken + 1 "
                                        + "where id = :id and seats_taken < :capacity returning seats_taken",
                                Integer.class)
                        .setParameter("id", id)
                        .setParameter("capacity", capacity)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Gives a session's seat back (a registration was deleted). */
    public Uni<Void> seatFreed(UUID id) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "update agenda_session set seats_taken = seats_taken - 1 where id = :id")
                        .setParameter("id", id)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A session's seats taken, read fresh from its row (0 for no such session). */
    public Uni<Integer> seatsTaken(UUID id) {
        return find("select seatsTaken from AgendaSession where id = ?1", id)
                .project(Integer.class)
                .firstResult()
                .map(taken -> taken == null ? 0 : taken);
    }

    /** Seats taken per session that has any. */
    public Uni<Map<UUID, Long>> seatsTaken() {
        return getSession()
                .chain(s -> s.createQuery(
                                "select id, seatsTaken from AgendaSession where seatsTaken > 0", Object[].class)
                        .getResultList())
                .map(rows ->
                        rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue())));
    }

    /** A session's seats taken, as its row counts them now (0 for no such session). */
    public Uni<Integer> readSeatsTaken(UUID id) {
        return pool.preparedQuery("select seats_taken from agenda_session where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? 0 : rows.iterator().next().getInteger(0));
    }

    /** The edition of a session (of any edition's draft), or null when there is no such session. */
    public Uni<Integer> readEdition(UUID id) {
        return pool.preparedQuery("select summit_id from agenda_session where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getInteger(0));
    }
}
