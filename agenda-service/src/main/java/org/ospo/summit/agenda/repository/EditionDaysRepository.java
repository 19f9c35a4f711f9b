package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.ospo.summit.agenda.model.EditionDays;

/** Each edition's days (summit_days), within the caller's session or transaction. */
@ApplicationScoped
public class EditionDaysRepository implements PanacheRepositoryBase<EditionDays, Integer> {
    /** one statement: an announcement older than the one kept changes nothing */
    private static final String KEEP_NEWEST = "insert into summit_days (id, starts_at, ends_at, timezone, updated_at) "
            + "values (:id, :starts, :ends, :zone, :updated) on conflict (id) do update set starts_at = :starts, "
            + "ends_at = :ends, timezone = :zone, updated_at = :updated where summit_days.updated_at <= :updated";

    /** Keeps an edition's days unless a newer announcement of them is kept already. */
    public Uni<Void> keepNewest(
            int summitId, OffsetDateTime startsAt, OffsetDateTime endsAt, String zone, OffsetDateTime updatedAt) {
        return getSession()
                .chain(s -> s.createNativeQuery(KEEP_NEWEST)
                        .setParameter("id", summitId)
                        .setParameter("starts", startsAt)
                        .setParameter("ends", endsAt)
                        .setParameter("zone", zone)
                        .setParameter("updated", updatedAt)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
