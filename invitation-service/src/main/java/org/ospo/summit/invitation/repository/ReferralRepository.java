package org.ospo.summit.invitation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.invitation.api.ReferralSort;
import org.ospo.summit.invitation.model.Referral;
import org.ospo.summit.invitation.model.ReferralStatus;
import org.ospo.summit.platform.paging.PageRequest;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * Nominations that count against the quota of the attendee's edition: pending and approved ones for it (not the
     * ones their next-year form made for the edition after it).
     */
    public Uni<Long> countActiveBy(UUID referrerAttendeeId, int summitId) {
        return count(
                "referrerAttendeeId = ?1 and summitId = ?2 and status <> ?3",
                referrerAttendeeId,
                summitId,
                ReferralStatus.REJECTED);
    }

    public Uni<Boolean> hasPendingFor(int summitId, String emailNormalized) {
        return count(
                        "summitId = ?1 and emailNormalized = ?2 and status = ?3",
                        summitId,
                        emailNormalized,
                        ReferralStatus.PENDING)
                .map(n -> n > 0);
    }

    public Uni<List<Referral>> page(int summitId, ReferralStatus status, ReferralSort order, PageRequest page) {
        Sort sort = order.sort();
        var query = status == null
                ? find("summitId", sort, summitId)
                : find("summitId = ?1 and status = ?2", sort, summitId, status);
        return query.range(page.offset(), page.offset() + page.size - 1).list();
    }

    public Uni<Long> countWith(int summitId, ReferralStatus status) {
        return status == null ? count("summitId", summitId) : count("summitId = ?1 and status = ?2", summitId, status);
    }
}
