package org.ospo.summit.attendee.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ospo.summit.attendee.api.AttendeeSort;
import org.ospo.summit.attendee.api.AttendeeStats;
import org.ospo.summit.attendee.api.AttendeeView;
import org.ospo.summit.attendee.api.Preparation;
import org.ospo.summit.attendee.mapping.AttendeeMapper;
import org.ospo.summit.attendee.model.Attendee;
import org.ospo.summit.attendee.model.AttendeeStatus;
import org.ospo.summit.attendee.model.Phrases;
import org.ospo.summit.attendee.repository.AttendeeRepository;
import org.ospo.summit.contracts.events.Readiness;
import org.ospo.summit.contracts.events.Topic;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.paging.Page;
import org.ospo.summit.platform.paging.PageRequest;

/** The organizers' view of the attendees: a filtered list and the statistics of what people bring. */
@ApplicationScoped
public class AttendeeInsights {
    private final AttendeeRepository attendees;
    private final AttendeeMapper mapper;
    private final KnownEditions editions;

    public AttendeeInsights(AttendeeRepository attendees, AttendeeMapper mapper, KnownEditions editions) {
        this.attendees = attendees;
        this.mapper = mapper;
        this.editions = editions;
    }

    /** An edition's attendees (the current edition's when {@code summitId} is null). */
    @WithSession
    public Uni<Page<AttendeeView>> list(
            Integer summitId,
            AttendeeStatus status,
            Readiness readiness,
            Topic topic,
            String q,
            AttendeeSort order,
            PageRequest page) {
        return editions.resolve(summitId)
                .chain(summit -> attendees
                        .search(summit, status, readiness, topic, q, order, page)
                        .chain(items -> attendees
                                .countMatching(summit, status, readiness, topic, q)
                                .map(total -> Page.of(items, mapper::view, page, total))));
    }

    /** What an edition's active attendees bring (the current edition's when {@code summitId} is null). */
    @WithSession
    public Uni<AttendeeStats> stats(Integer summitId) {
        return editions.resolve(summitId)
                .chain(summit -> attendees
                        .list("summitId = ?1 and status = ?2", summit, AttendeeStatus.ACTIVE)
                        .map(active -> stats(summit, active)));
    }

    private AttendeeStats stats(int summitId, List<Attendee> active) {
        Map<Topic, Long> topics = new EnumMap<>(Topic.class);
        for (Topic t : Topic.values()) {
            topics.put(t, 0L);
        }
        Map<String, String> firstWording = new LinkedHashMap<>();
        Map<String, Set<UUID>> raisedBy = new LinkedHashMap<>();
        long ready = 0;
        long inProgress = 0;
        for (Attendee a : active) {
            ready += a.readiness == Readiness.READY ? 1 : 0;
            inProgress += a.readiness == Readiness.IN_PROGRESS ? 1 : 0;
            a.topics.forEach(t -> topics.merge(t, 1L, Long::sum));
            Preparation p = a.preparation;
            if (p != null && p.problems() != null) {
                for (String problem : p.problems()) {
                    String key = Phrases.normalise(problem);
                    if (!key.isEmpty()) {
                        firstWording.putIfAbsent(key, problem.trim());
                        raisedBy.computeIfAbsent(key, k -> new HashSet<>()).add(a.id);
                    }
                }
            }
        }
        List<AttendeeStats.ProblemCount> problems = raisedBy.entrySet().stream()
                .map(e -> new AttendeeStats.ProblemCount(
                        firstWording.get(e.getKey()), e.getValue().size()))
                .sorted(Comparator.comparingLong(AttendeeStats.ProblemCount::attendeeCount)
                        .reversed()
                        .thenComparing(AttendeeStats.ProblemCount::text))
                .toList();
        long total = active.size();
        return new AttendeeStats(
                summitId,
                total,
                ready,
                inProgress,
                total - ready - inProgress,
                topics,
                active.stream().filter(a -> a.sponsorshipOffered).count(),
                active.stream().filter(a -> a.joinOrganizing).count(),
                problems);
    }
}
