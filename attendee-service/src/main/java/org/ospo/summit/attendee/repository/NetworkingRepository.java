package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.model.Networking;

@ApplicationScoped
public class NetworkingRepository implements PanacheRepositoryBase<Networking, UUID> {
    /** cards of an edition's expected attendees (active, with their profile) who opted in */
    private static final String OPTED_IN = "optIn = true and attendeeId in (select a.id from Attendee a "
            + "where a.summitId = ?1 and a.status = 'ACTIVE' and a.profile = 'RECEIVED')";

    /** The cards of an edition's attendees who opted in and are expected (active, with their profile). */
    public Uni<List<Networking>> optedIn(int summitId) {
        return list(OPTED_IN, summitId);
    }

    public Uni<Long> countOptedIn(int summitId) {
        return count(OPTED_IN, summitId);
    }

    /** The cards of an edition's attendees (its retention passed). */
    public Uni<Long> deleteOfEdition(int summitId) {
        return delete("attendeeId in (select a.id from Attendee a where a.summitId = ?1)", summitId);
    }
}
