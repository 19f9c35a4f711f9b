package org.ospo.summit.invitation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.ospo.summit.invitation.model.Summit;
import org.ospo.summit.platform.problem.ProblemException;

@ApplicationScoped
public class SummitRepository implements PanacheRepositoryBase<Summit, Integer> {
    /** newest first: by year, then the later start, then the later created */
    private static final Sort NEWEST_FIRST = Sort.descending("year", "startsAt", "id");

    /** The current edition (there is always exactly one). */
    public Uni<Summit> current() {
        return find("current", true).firstResult();
    }

    /** An edition by id, or the current one when {@code id} is null (what {@code ?summit=} means); 404 if none. */
    public Uni<Summit> edition(Integer id) {
        return (id == null ? current() : findById(id))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Summit", id));
    }

    public Uni<List<Summit>> newestFirst() {
        return listAll(NEWEST_FIRST);
    }

    /**
     * An edition's row, locked until the transaction ends: what waits for a seat, frees one or changes the capacity is
     * serialised on it across replicas ({@code SeatAllocator}); 404 if there is no such edition.
     */
    public Uni<Summit> lockForSeatAllocation(int id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Summit", id));
    }

    /** The current edition's row, locked (see {@link #lockForSeatAllocation(int)}). */
    public Uni<Summit> lockCurrent() {
        return find("current", true).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /**
     * The edition's free seats, read fresh from its row (the entity's copy may be older than the transaction). The
     * database keeps the count (V9__seat_counter.sql): seats taken in this transaction count from its commit on, seats
     * given back count at once.
     */
    public Uni<Integer> freeSeats(int id) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select capacity - seats_taken from summit where id = :id", Integer.class)
                        .setParameter("id", id)
                        .getSingleResult());
    }
}
