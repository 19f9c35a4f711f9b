package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.model.CheckIn;

@ApplicationScoped
public class CheckInRepository implements PanacheRepositoryBase<CheckIn, UUID> {
    private static final String FIRST = "insert into check_in (attendee_id, summit_id, checked_in_at, offline, "
            + "recorded_at) values (:attendee, :summit, :at, :offline, :now) on conflict (attendee_id) do nothing";
    private static final String EARLIER = "update check_in set checked_in_at = :at, offline = true, recorded_at = :now "
            + "where attendee_id = :attendee and checked_in_at > :at";

    /**
     * check-ins of an edition's expected attendees ({@code Attendee.expected()}: one who withdrew or was erased after
     * coming in is not counted)
     */
    private static final String ACTIVE = "from check_in c join attendee a on a.id = c.attendee_id "
            + "where c.summit_id = :summit and a.status = 'ACTIVE' and a.profile = 'RECEIVED'";

    private static final String COUNT = "select count(*) " + ACTIVE;
    private static final String BY_HOUR = "select date_trunc('hour', c.checked_in_at at time zone :zone) as hour, "
            + "count(*) " + ACTIVE + " group by 1 order by 1";

    /** How many of an edition's active attendees came in. */
    public Uni<Long> countIn(int summitId) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(COUNT, Long.class)
                        .setParameter("summit", summitId)
                        .getSingleResult());
    }

    /** Their check-ins per hour (the hour's start, local time in {@code zone}), earliest first. */
    public Uni<List<Object[]>> byHour(int summitId, String zone) {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery(BY_HOUR, Object[].class)
                        .setParameter("zone", zone)
                        .setParameter("summit", summitId)
                        .getResultList());
    }

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
