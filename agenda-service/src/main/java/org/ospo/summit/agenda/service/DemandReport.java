package org.ospo.summit.agenda.service;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.TopicDemand;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.model.Topic;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * For organizers sizing roundtables: per theme, the active attendees who named it in their preparation against the
 * seats of published roundtables on it, and the shortfall.
 */
@ApplicationScoped
public class DemandReport {
    private static final String INTEREST = "select topic, count(*) from attendee_eligibility, "
            + "unnest(string_to_array(topics, ',')) as topic where summit_id = :summit and status = 'ACTIVE' "
            + "group by topic";

    private final PublishedAgenda agenda;

    public DemandReport(PublishedAgenda agenda) {
        this.agenda = agenda;
    }

    /** Of an edition (the current one when {@code summitId} is null). */
    public Uni<List<TopicDemand>> byTopic(Integer summitId) {
        return agenda.current(summitId).chain(current -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery(INTEREST, Object[].class).setParameter("summit", current.summitId())
                        .getResultList())).map(rows -> {
                    Map<String, Long> interest = new HashMap<>();
                    rows.forEach(r -> interest.put((String) r[0], ((Number) r[1]).longValue()));
                    List<PublishedSession> roundtables = current.sessions().stream()
                            .filter(s -> s.kind() == SessionKind.ROUNDTABLE).toList();
                    return Arrays.stream(Topic.values()).map(topic -> {
                        List<PublishedSession> on = roundtables.stream().filter(s -> s.topics().contains(topic)).toList();
                        int seats = on.stream().mapToInt(PublishedSession::capacity).sum();
                        long interested = interest.getOrDefault(topic.name(), 0L);
                        return new TopicDemand(topic, interested, on.size(), seats, Math.max(0, interested - seats));
                    }).toList();
                }));
    }
}
