package org.ospo.summit.invitation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationStatus;
import org.ospo.summit.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    public Uni<Invitation> findByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResult();
    }

    /** The invitation of an attendee, locked: nominations by one attendee are serialised on it (quota). */
    public Uni<Invitation> lockByAttendee(UUID attendeeId) {
        return find("attendeeId", attendeeId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Invitation> findByAttendee(UUID attendeeId) {
        return find("attendeeId", attendeeId).firstResult();
    }

    public Uni<Boolean> hasOpenInvitation(String emailNormalized) {
        return count("emailNormalized = ?1 and status in ?2", emailNormalized, InvitationStatus.OPEN).map(n -> n > 0);
    }

    public Uni<Long> countByStatus(InvitationStatus status) {
        return count("status", status);
    }

    /** The longest-waiting invitees first (they accepted earliest), locked for promotion. */
    public Uni<List<Invitation>> oldestWaitlisted(int limit) {
        return find("status = ?1", Sort.ascending("respondedAt", "id"), InvitationStatus.WAITLISTED)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).range(0, limit - 1).list();
    }

    public Uni<List<Object[]>> countsByStatus() {
        return getSession().chain(s -> s.createQuery("select status, count(*) from Invitation group by status",
                Object[].class).getResultList());
    }

    public Uni<List<Invitation>> search(InvitationStatus status, String q, PageRequest page) {
        Filter filter = Filter.of(status, q);
        return find(filter.query, Sort.descending("createdAt").and("id"), filter.parameters)
                .range(page.offset(), page.offset() + page.size - 1).list();
    }

    public Uni<Long> countMatching(InvitationStatus status, String q) {
        Filter filter = Filter.of(status, q);
        return count(filter.query, filter.parameters);
    }

    public Uni<List<InvitationHistoryEntry>> history(UUID invitationId) {
        return getSession().chain(s -> s.createQuery(
                "from InvitationHistoryEntry where invitationId = :id order by id", InvitationHistoryEntry.class)
                .setParameter("id", invitationId).getResultList());
    }

    public Uni<Void> addHistory(InvitationHistoryEntry entry) {
        return getSession().chain(s -> s.persist(entry));
    }

    private record Filter(String query, Parameters parameters) {
        static Filter of(InvitationStatus status, String q) {
            StringBuilder query = new StringBuilder("1 = 1");
            Parameters parameters = new Parameters();
            if (status != null) {
                query.append(" and status = :status");
                parameters.and("status", status);
            }
            if (q != null && !q.isBlank()) {
                query.append(" and (lower(fullName) like :q or emailNormalized like :q or lower(company) like :q)");
                parameters.and("q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return new Filter(query.toString(), parameters);
        }
    }
}
