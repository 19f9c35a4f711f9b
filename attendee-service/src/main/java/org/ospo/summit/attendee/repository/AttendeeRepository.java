package org.ospo.summit.attendee.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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
import org.ospo.summit.attendee.model.PreparationConverter;
import org.ospo.summit.attendee.model.ProfileState;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.contracts.events.WithdrawalReason;
import org.ospo.summit.platform.db.TopicsConverter;
import org.ospo.summit.platform.paging.ListFilter;
import org.ospo.summit.platform.paging.PageRequest;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<Attendee, UUID> {
    private static final TopicsConverter TOPICS = new TopicsConverter();
    private static final PreparationConverter PREPARATION = new PreparationConverter();
    private static final String READ = "select id, summit_id, invitation_id, email, full_name, company, job_title, "
            + "locale, status, profile, registered_at, updated_at, withdrawn_at, withdraw_reason, preparation, completeness, "
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
        a.profile = ProfileState.valueOf(row.getString("profile"));
        a.registeredAt = row.getOffsetDateTime("registered_at");
        a.updatedAt = row.getOffsetDateTime("updated_at");
        a.withdrawnAt = row.getOffsetDateTime("withdrawn_at");
        String reason = row.getString("withdraw_reason");
        a.withdrawReason = reason == null ? null : WithdrawalReason.valueOf(reason);
        a.preparation = PREPARATION.convertToEntityAttribute(row.getString("preparation"));
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
        ListFilter filter = filter(summitId, status, readiness, topic, q);
        return find(filter.query(), order.sort(), filter.parameters())
                .range(page.offset(), page.offset() + page.size - 1)
                .list();
    }

    public Uni<Long> countMatching(int summitId, AttendeeStatus status, Readiness readiness, Topic topic, String q) {
        ListFilter filter = filter(summitId, status, readiness, topic, q);
        return count(filter.query(), filter.parameters());
    }

    /**
     * An edition's received profiles (not tombstones, erased or anonymised rows) in one status, at one readiness and naming one topic when asked,
     * matching the search text in name, email or company.
     */
    private static ListFilter filter(int summitId, AttendeeStatus status, Readiness readiness, Topic topic, String q) {
        return ListFilter.where("summitId = :summit", "summit", summitId)
                .and("profile = :profile", "profile", ProfileState.RECEIVED)
                .and("status = :status", "status", status)
                .and("readiness = :readiness", "readiness", readiness)
                .and("concat(',', topics, ',') like :topic", "topic", topic == null ? null : "%," + topic.name() + ",%")
                .contains(List.of("fullName", "email", "company"), q);
    }
}
