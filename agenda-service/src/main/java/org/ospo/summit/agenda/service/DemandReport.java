package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.TopicDemand;
import org.ospo.summit.agenda.model.SessionKind;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.contracts.events.Topic;

/**
 * For organizers sizing roundtables: per theme, the active attendees who named it in their preparation against the
 * seats of published roundtables on it, and the shortfall.
 */
@ApplicationScoped
public class DemandReport {
    private final PublishedAgenda agenda;
    private final EligibilityRepository eligibility;

    public DemandReport(PublishedAgenda agenda, EligibilityRepository eligibility) {
        this.agenda = agenda;
        this.eligibility = eligibility;
    }

    /** Of an edition (the current one when {@code summitId} is null). */
    public Uni<List<TopicDemand>> byTopic(Integer summitId) {
        return agenda.current(summitId)
                .chain(current -> Panache.withSession(() -> eligibility.interest(current.summitId()))
                        .map(interest -> {
                            List<PublishedSession> roundtables = current.sessions().stream()
                                    .filter(s -> s.kind() == SessionKind.ROUNDTABLE)
                                    .toList();
                            return Arrays.stream(Topic.values())
                                    .map(topic -> {
                                        List<PublishedSession> on = roundtables.stream()
                                                .filter(s -> s.topics().contains(topic))
                                                .toList();
                                        int seats = on.stream()
                                                .mapToInt(PublishedSession::capacity)
                                                .sum();
                                        long interested = interest.getOrDefault(topic, 0L);
                                        return new TopicDemand(
                                                topic, interested, on.size(), seats, Math.max(0, interested - seats));
                                    })
                                    .toList();
                        }));
    }
}
