package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.model.Networking;

@ApplicationScoped
public class NetworkingRepository implements PanacheRepositoryBase<Networking, UUID> {
    /** The cards of an edition's attendees who opted in and are expected (active, with their profile). */
    public Uni<List<Networking>> optedIn(int summitId) {
        return list(
                "optIn = true and attendeeId in (select a.id from Attendee a where a.summitId = ?1 "
                        + "and a.status = 'ACTIVE' and a.profile = 'RECEIVED')",
                summitId);
    }

    public Uni<Long> countOptedIn(int summitId) {
        return count(
                "optIn = true and attendeeId in (select a.id from Attendee a where a.summitId = ?1 "
                        + "and a.status = 'ACTIVE' and a.profile = 'RECEIVED')",
                summitId);
    }

    /** The cards of an edition's attendees (its retention passed). */
    public Uni<Long> deleteOfEdition(int summitId) {
        return delete("attendeeId in (select a.id from Attendee a where a.summitId = ?1)", summitId);
    }
}
