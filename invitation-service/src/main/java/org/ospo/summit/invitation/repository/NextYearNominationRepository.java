package org.ospo.summit.invitation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.invitation.model.NextYearNomination;

@ApplicationScoped
public class NextYearNominationRepository implements PanacheRepositoryBase<NextYearNomination, UUID> {

    /**
     * Serialises what moves nominations to the next edition across replicas, until the transaction ends: an answer
     * coming in and an edition being created each see the other's commit, so none is missed or carried twice.
     */
    public Uni<Void> lockCarrying() {
        return getSession()
                .chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext('next_year_nomination'))")
                        .getSingleResult())
                .replaceWithVoid();
    }

    public Uni<List<NextYearNomination>> byAttendee(UUID attendeeId) {
        return list("referrerAttendeeId", attendeeId);
    }

    /** the nominations made in these editions that wait for the next one */
    public Uni<List<NextYearNomination>> waitingIn(Collection<Integer> summitIds) {
        return list("summitId in ?1 and referralId is null order by answeredAt, email", summitIds);
    }

    /** the editions that have nominations waiting */
    public Uni<List<Integer>> editionsWaiting() {
        return find("select distinct summitId from NextYearNomination where referralId is null")
                .project(Integer.class)
                .list();
    }
}
