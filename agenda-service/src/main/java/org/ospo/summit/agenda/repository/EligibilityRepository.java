package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ospo.summit.agenda.model.AttendeeEligibility;
import org.ospo.summit.agenda.model.Eligibility;
import org.ospo.summit.contracts.events.Topic;

/** Who may register (attendee_eligibility), within the caller's session or transaction. */
@ApplicationScoped
public class EligibilityRepository implements PanacheRepositoryBase<AttendeeEligibility, UUID> {
    /**
     * One statement, whatever else runs: the first event makes the row; a later one changes its status unless the
     * attendee withdrew or was erased and the event would make them active again (see {@link Eligibility}).
     */
    private static final String RECORD = "insert into attendee_eligibility (attendee_id, summit_id, status, topics, "
            + "updated_at) values (:id, :summit, :status, '', :at) on conflict (attendee_id) do update set "
            + "status = :status, updated_at = :at where attendee_eligibility.status = :active or :status <> :active";

    /** per topic, the active attendees of an edition who named it */
    private static final String INTEREST = "select topic, count(*) from attendee_eligibility, "
            + "unnest(string_to_array(topics, ',')) as topic where summit_id = :summit and status = :active "
            + "group by topic";

    /** Records what summit.attendees said of an attendee of an edition. */
    public Uni<Void> record(UUID attendeeId, int summitId, Eligibility status, OffsetDateTime at) {
        return getSession()
                .chain(s -> s.createNativeQuery(RECORD)
                        .setParameter("id", attendeeId)
                        .setParameter("summit", summitId)
                        .setParameter("status", status.name())
                        .setParameter("active", Eligibility.ACTIVE.name())
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The topics an attendee wants to discuss (no row yet: nothing changes). */
    public Uni<Void> wants(UUID attendeeId, List<Topic> topics, OffsetDateTime at) {
        return findById(attendeeId)
                .invoke(row -> {
                    if (row != null) {
                        row.topics = topics;
                        row.updatedAt = at;
                    }
                })
                .replaceWithVoid();
    }

    /** The attendee's row, locked until the transaction ends (null: none). */
    public Uni<AttendeeEligibility> lock(UUID attendeeId) {
        return findById(attendeeId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The attendee's edition, as attendee.registered said (null: not heard of yet). */
    public Uni<Integer> editionOf(UUID attendeeId) {
        return find("select summitId from AttendeeEligibility where attendeeId = ?1", attendeeId)
                .project(Integer.class)
                .firstResult();
    }

    /** Per topic, how many active attendees of an edition want to discuss it (topics nobody named: absent). */
    public Uni<Map<Topic, Long>> interest(int summitId) {
        return getSession()
                .chain(s -> s.createNativeQuery(INTEREST, Object[].class)
                        .setParameter("summit", summitId)
                        .setParameter("active", Eligibility.ACTIVE.name())
                        .getResultList())
                .map(rows -> {
                    Map<Topic, Long> interest = new EnumMap<>(Topic.class);
                    rows.stream()
                            .filter(r -> Topic.known((String) r[0]))
                            .forEach(r -> interest.put(Topic.valueOf((String) r[0]), ((Number) r[1]).longValue()));
                    return interest;
                });
    }
}
