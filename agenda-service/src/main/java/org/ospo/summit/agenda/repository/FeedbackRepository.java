package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.agenda.model.Feedback;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepositoryBase<Feedback, UUID> {
    /** An attendee's feedback on a session, or on their summit when {@code sessionId} is null; null for none. */
    public Uni<Feedback> of(UUID attendeeId, int summitId, UUID sessionId) {
        return sessionId == null
                ? find("attendeeId = ?1 and summitId = ?2 and sessionId is null", attendeeId, summitId)
                        .firstResult()
                : find("attendeeId = ?1 and sessionId = ?2", attendeeId, sessionId)
                        .firstResult();
    }

    public Uni<List<Feedback>> ofEdition(int summitId) {
        return list("summitId", summitId);
    }

    /** An erased attendee's comments go; their ratings stay in the figures, tied to nobody by name. */
    public Uni<Integer> eraseComments(UUID attendeeId) {
        return update("comment = null where attendeeId = ?1 and comment is not null", attendeeId);
    }
}
