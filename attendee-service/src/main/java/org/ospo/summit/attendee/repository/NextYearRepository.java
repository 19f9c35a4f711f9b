package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.model.NextYear;

@ApplicationScoped
public class NextYearRepository implements PanacheRepositoryBase<NextYear, UUID> {
    /**
     * The answers of an edition's attendees who did not withdraw (an anonymised edition's too: its figures stay),
     * oldest first.
     */
    public Uni<List<NextYear>> ofEdition(int summitId) {
        return list(
                "summitId = ?1 and attendeeId in (select a.id from Attendee a where a.summitId = ?1 "
                        + "and a.status = 'ACTIVE')",
                Sort.ascending("updatedAt"),
                summitId);
    }
}
