package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ospo.summit.attendee.model.CheckIn;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {
    private static final String FIRST = "insert into check_in (attendee_id, summit_id, checked_in_at, offline, "
            + "recorded_at) values (:attendee, :summit, :at, :offline, :now) on conflict (attendee_id) do nothing";
    private static final String EARLIER = "update check_in set checked_in_at = :at, offline = true, recorded_at = :now "
            + "where attendee_id = :attendee and checked_in_at > :at";

    /** Records the attendee's first check-in; false when they had one (two doors scanning at once: one wins). */
    public Uni<Boolean> first(UUID attendee, int summitId, OffsetDateTime at, boolean offline, OffsetDateTime now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(FIRST)
                        .setParameter("attendee", attendee)
                        .setParameter("summit", summitId)
                        .setParameter("at", at)
                        .setParameter("offline", offline)
                        .setParameter("now", now)
                        .executeUpdate())
                .map(n -> n == 1);
    }

    /** Moves a check-in back to an earlier offline scan; false when the one recorded is as early or earlier. */
    public Uni<Boolean> earlier(UUID attendee, OffsetDateTime at, OffsetDateTime now) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(EARLIER)
                        .setParameter("attendee", attendee)
                        .setParameter("at", at)
                        .setParameter("now", now)
                        .executeUpdate())
                .map(n -> n == 1);
    }
}
