package org.ospo.summit.invitation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.contracts.events.InvitationStatus;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.invitation.api.InvitationSort;
import org.ospo.summit.invitation.model.Invitation;
import org.ospo.summit.invitation.model.InvitationHistoryEntry;
import org.ospo.summit.invitation.model.InvitationInEdition;
import org.ospo.summit.invitation.model.InvitationRelations;
import org.ospo.summit.platform.paging.ListFilter;
import org.ospo.summit.platform.paging.PageRequest;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {
    private static final String IN_EDITION_BY_TOKEN = "select " + DetachedRows.invitationColumns("i") + ", "
            + DetachedRows.summitColumns("s") + " from invitation i join summit s on s.id = i.summit_id "
            + "where i.token_hash = $1";
    /**
     * The detail view in one query: the invitation, its referrer, its history aggregated into arrays (one per column,
     * in id order) and the person's invitations to other editions the same way ($2: the erased name, which links to
     * nothing). An aggregate without {@code group by} gives one row even over no rows (arrays then null).
     */
    private static final String WITH_RELATIONS = "select " + DetachedRows.invitationColumns("i") + ", "
            + DetachedRows.invitationColumns("r") + ", h.ids, h.ats, h.types, h.details, "
            + "o.ids, o.summits, o.statuses, o.referrers from invitation i "
            + "left join invitation r on r.attendee_id = i.referred_by "
            + "cross join lateral (select array_agg(e.id order by e.id) ids, "
            + "array_agg(e.at order by e.id) ats, "
            + "array_agg(e.type order by e.id) types, array_agg(e.detail order by e.id) details "
            + "from invitation_history e where e.invitation_id = i.id) h "
            + "cross join lateral (select array_agg(e.id) ids, array_agg(e.summit_id) summits, "
            + "array_agg(e.status) statuses, array_agg(e.referred_by) referrers from invitation e "
            + "where e.email_normalized = i.email_normalized and e.summit_id <> i.summit_id and i.erased_at is null) o "
            + "where i.id = $1";

    private final Pool pool;

    public InvitationRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * The invitation behind an RSVP token hash, locked until the transaction ends (answers to one invitation are
     * serialised on it; see {@code SeatAllocator} for the order of locks), or null.
     */
    public Uni<Invitation> lockByTokenHash(String tokenHash) {
        return find("tokenHash", tokenHash)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** An invitation, locked until the transaction ends, or null. */
    public Uni<Invitation> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The invitation of an attendee, locked: nominations by one attendee are serialised on it (quota). */
    public Uni<Invitation> lockByAttendee(UUID attendeeId) {
        return find("attendeeId", attendeeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    public Uni<Invitation> findByAttendee(UUID attendeeId) {
        return find("attendeeId", attendeeId).firstResult();
    }

    /** The edition of an invitation, read without loading it (to lock the edition first), or null. */
    public Uni<Integer> summitOf(UUID id) {
        return find("select summitId from Invitation where id = ?1", id)
                .project(Integer.class)
                .firstResult();
    }

    /**
     * The invitation behind an RSVP token hash with its edition, to show (the invitee's hot read: the RSVP view and
     * page): one query on the reactive client, without a Hibernate session, as detached entities never to be saved;
     * null for none.
     */
    public Uni<InvitationInEdition> readByTokenHashInEdition(String tokenHash) {
        return pool.preparedQuery(IN_EDITION_BY_TOKEN)
                .execute(Tuple.of(tokenHash))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new InvitationInEdition(
                            DetachedRows.invitation(row, 0), DetachedRows.summit(row, DetachedRows.INVITATION_COLUMNS));
                });
    }

    public Uni<Boolean> hasOpenInvitation(int summitId, String emailNormalized) {
        return count(
                        "summitId = ?1 and emailNormalized = ?2 and status in ?3",
                        summitId,
                        emailNormalized,
                        InvitationStatus.OPEN)
                .map(n -> n > 0);
    }

    /** The person's most recent invitation in any edition, unless erased; null if they were never invited. */
    public Uni<Invitation> latestOf(String emailNormalized) {
        return find("emailNormalized = ?1 and erasedAt is null", Sort.descending("createdAt"), emailNormalized)
                .firstResult();
    }

    public Uni<Long> countByStatus(int summitId, InvitationStatus status) {
        return count("summitId = ?1 and status = ?2", summitId, status);
    }

    /**
     * The edition's longest-waiting invitees first (they accepted earliest), locked for promotion. One locked by
     * another transaction (being declined or revoked right now) is passed over rather than waited for: that
     * transaction holds it before the edition's row, so waiting could deadlock.
     */
    public Uni<List<Invitation>> oldestWaitlisted(int summitId, int limit) {
        return getSession()
                .chain(s -> s.createNativeQuery(
                                "select * from invitation where summit_id = :summit "
                                        + "and status = 'WAITLISTED' order by responded_at, id limit :limit for update skip locked",
                                Invitation.class)
                        .setParameter("summit", summitId)
                        .setParameter("limit", limit)
                        .getResultList());
    }

    public Uni<List<Object[]>> countsByStatus(int summitId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "select status, count(*) from Invitation where summitId = :summit group by status",
                                Object[].class)
                        .setParameter("summit", summitId)
                        .getResultList());
    }

    /**
     * An invitation with its referrer (unique by attendee id), its history and the same person's invitations to other
     * editions, to show: one query on the reactive client, without a Hibernate session, as detached entities never to
     * be saved; null for none.
     */
    public Uni<InvitationRelations> readWithRelations(UUID id) {
        return pool.preparedQuery(WITH_RELATIONS).execute(Tuple.of(id)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            int referrerAt = DetachedRows.INVITATION_COLUMNS;
            int historyAt = 2 * DetachedRows.INVITATION_COLUMNS;
            Invitation invitation = DetachedRows.invitation(row, 0);
            return new InvitationRelations(
                    invitation,
                    row.getUUID(referrerAt) == null ? null : DetachedRows.invitation(row, referrerAt),
                    DetachedRows.history(row, historyAt, invitation.id),
                    DetachedRows.elsewhere(row, historyAt + DetachedRows.HISTORY_ARRAYS));
        });
    }

    /**
     * The people of an edition to invite again: not erased, and — when asked — who came (held a seat) or did not, and
     * whose preparation got as far as one of {@code readiness}; oldest invitation first.
     */
    public Uni<List<Invitation>> chosen(int summitId, Boolean attended, List<Readiness> readiness) {
        ListFilter filter =
                ListFilter.where("summitId = :summit", "summit", summitId).and("erasedAt is null");
        if (attended != null) {
            filter.and(attended ? "status = :accepted" : "status <> :accepted", "accepted", InvitationStatus.ACCEPTED);
        }
        if (readiness != null && !readiness.isEmpty()) {
            filter.and("readiness in :readiness", "readiness", readiness);
        }
        return list(filter.query(), Sort.ascending("createdAt", "id"), filter.parameters());
    }

    public Uni<List<Invitation>> search(
            int summitId, InvitationStatus status, String q, InvitationSort order, PageRequest page) {
        ListFilter filter = filter(summitId, status, q);
        return find(filter.query(), order.sort(), filter.parameters())
                .range(page.offset(), page.offset() + page.size - 1)
                .list();
    }

    public Uni<Long> countMatching(int summitId, InvitationStatus status, String q) {
        ListFilter filter = filter(summitId, status, q);
        return count(filter.query(), filter.parameters());
    }

    public Uni<Void> addHistory(InvitationHistoryEntry entry) {
        return getSession().chain(s -> s.persist(entry));
    }

    /** An edition's invitations, in one status when asked, matching the search text in name, email or company. */
    private static ListFilter filter(int summitId, InvitationStatus status, String q) {
        return ListFilter.where("summitId = :summit", "summit", summitId)
                .and("status = :status", "status", status)
                .contains(List.of("fullName", "emailNormalized", "company"), q);
    }
}
