package org.ospo.summit.attendee.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.attendee.api.AttendeeSort;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.Topic;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.platform.paging.PageRequest;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<Attendee, UUID> {

    /** An edition's attendees with a profile (not withdrawal tombstones) in one status, filtered, in that order. */
    public Uni<List<Attendee>> search(int summitId, AttendeeStatus status, Readiness readiness, Topic topic, String q,
            AttendeeSort order, PageRequest page) {
        Filter f = Filter.of(summitId, status, readiness, topic, q);
        return find(f.query, order.sort(), f.parameters)
                .range(page.offset(), page.offset() + page.size - 1).list();
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
                parameters.and("q", "%" + q.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
            }
            return new Filter(query.toString(), parameters);
        }
    }
}
