package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ospo.summit.attendee.model.BadgeKey;

@ApplicationScoped
public class BadgeKeyRepository implements PanacheRepositoryBase<BadgeKey, String> {

    /** The key that signs: the newest not retired; null for none yet. */
    public Uni<BadgeKey> signing() {
        return find("retiredAt is null", Sort.descending("createdAt")).firstResult();
    }

    /** Every key, newest first: each still verifies what it signed. */
    public Uni<List<BadgeKey>> all() {
        return listAll(Sort.descending("createdAt"));
    }

    /** Serialises the first key's creation across replicas, until the transaction ends. */
    public Uni<Void> lockCreation() {
        return Panache.getSession()
                .chain(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext('badge_key'))")
                        .getSingleResult())
                .replaceWithVoid();
    }
}
