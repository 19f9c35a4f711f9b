package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.ospo.summit.attendee.api.AttendeeSort;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.db.TopicsConverter;
import org.ospo.summit.platform.paging.PageRequest;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<Attendee, UUID> {
    private static final TopicsConverter TOPICS = new TopicsConverter();
    private static final String READ = "select id, summit_id, invitation_id, email, full_name, company, job_title, "
            + "locale, status, registered_at, updated_at, withdrawn_at, withdraw_reason, preparation, completeness, "
            + "readiness, topics, sponsorship_offered, join_organizing, preparation_updated_at from attendee where id = $1";
    private final Pool pool;

    public AttendeeRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * An attendee to show, read on the reactive client without a Hibernate session (the service's hottest read,
     * {@code GET /api/attendees/me}: a session costs more than the query); a detached copy, never to be saved; null
     * for none.
     */
    public Uni<Attendee> readDetached(UUID id) {
        return pool.preparedQuery(READ)
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : detached(rows.iterator().next()));
    }

    private static Attendee detached(Row row) {
        Attendee a = new Attendee();
        a.id = row.getUUID("id");
        a.summitId = row.getInteger("summit_id");
        a.invitationId = row.getUUID("invitation_id");
        a.email = row.getString("email");
        a.fullName = row.getString("full_name");
        a.company = row.getString("company");
        a.jobTitle = row.getString("job_title");
        a.locale = row.getString("locale");
        a.status = AttendeeStatus.valueOf(row.getString("status"));
        a.registeredAt = row.getOffsetDateTime("registered_at");
        a.updatedAt = row.getOffsetDateTime("updated_at");
        a.withdrawnAt = row.getOffsetDateTime("withdrawn_at");
        a.withdrawReason = row.getString("withdraw_reason");
        a.preparation = row.getString("preparation");
        a.completeness = row.getInteger("completeness");
        a.readiness = Readiness.valueOf(row.getString("readiness"));
        a.topics = TOPICS.convertToEntityAttribute(row.getString("topics"));
        a.sponsorshipOffered = row.getBoolean("sponsorship_offered");
        a.joinOrganizing = row.getBoolean("join_organizing");
        a.preparationUpdatedAt = row.getOffsetDateTime("preparation_updated_at");
        return a;
    }

    /** An edition's attendees with a profile (not withdrawal tombstones) in one status, filtered, in that order. */
    public Uni<List<Attendee>> search(
            int summitId,
            AttendeeStatus status,
            Readiness readiness,
            Topic topic,
            String q,
            AttendeeSort order,
            PageRequest page) {
        Filter f = Filter.of(summitId, status, readiness, topic, q);
        return find(f.query, order.sort(), f.parameters)
                .range(page.offset(), page.offset() + page.size - 1)
                .list();
    }

    public Uni<Long> countMatching(int summitId, AttendeeStatus status, Readiness readiness, Topic topic, String q) {
        Filter f = Filter.of(summitId, status, readiness, topic, q);
        return count(f.query, f.parameters);
    }

    private record Filter(String query, Parameters parameters) {
        static Filter of(int summitId, AttendeeStatus status, Readiness readiness, Topic topic, String q) {
            StringBuilder query = new StringBuilder("summitId = :summit and fullName is not null and status = :status");
            Parameters parameters = Parameters.with("summit", summitId).and("status", status);
            if (readiness != null) {
                query.append(" and readiness = :readiness");
                parameters.and("readiness", readiness);
            }
            if (topic != null) {
                query.append(" and concat(',', topics, ',') like :topic");
                parameters.and("topic", "%," + topic.name() + ",%");
            }
            if (q != null && !q.isBlank()) {
                query.append(" and (lower(fullName) like :q or lower(email) like :q or lower(company) like :q)");
                parameters.and(
                        "q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return new Filter(query.toString(), parameters);
        }
    }
}
