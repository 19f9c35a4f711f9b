package org.ospo.summit.invitation.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.ospo.summit.invitation.model.Summit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SummitRepository implements PanacheRepositoryBase<Summit, Short> {

    public Uni<Summit> current() {
        return findById(Summit.ID);
    }

    /** The summit row, locked until the transaction ends: seat allocation is serialised on it across replicas. */
    public Uni<Summit> lockForSeatAllocation() {
        return findById(Summit.ID, LockModeType.PESSIMISTIC_WRITE);
    }
}
