package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.api.Recommendation;
import org.ospo.summit.agenda.api.Recommendations;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.events.Topic;

/**
 * Ranks published sessions by how many of an attendee's preparation topics (attendee.preparation-updated) they
 * cover, most first, then earliest. Left out: sessions covering none, full ones, ones overlapping a session the
 * attendee registered for, and those they registered for already.
 */
@ApplicationScoped
public class Recommender {
    private static final Recommendations NO_TOPICS = new Recommendations(
            List.of(), List.of(), "Add the topics you want to discuss to your preparation to get recommendations");

    private final PublishedAgenda agenda;
    private final AttendeeAgenda attendees;
    private final EligibilityRepository eligibility;
    private final RegistrationRepository registrations;
    private final SessionRepository sessions;

    public Recommender(
            PublishedAgenda agenda,
            AttendeeAgenda attendees,
            EligibilityRepository eligibility,
            RegistrationRepository registrations,
            SessionRepository sessions) {
        this.agenda = agenda;
        this.attendees = attendees;
        this.eligibility = eligibility;
        this.registrations = registrations;
        this.sessions = sessions;
    }

    /**
     * The attendee's edition's published agenda first, then the attendee's rows: never two pool connections at once
     * per request.
     */
    public Uni<Recommendations> forAttendee(UUID attendeeId) {
        return attendees
                .editionOf(attendeeId)
                .chain(edition -> agenda.current(edition))
                .chain(current -> Panache.withSession(() -> topics(attendeeId)
                        .chain(topics -> topics.isEmpty()
                                ? Uni.createFrom().item(NO_TOPICS)
                                : registrations
                                        .sessionsOf(attendeeId)
                                        .chain(mine -> sessions.seatsTaken()
                                                .map(taken -> rank(current, topics, mine, taken))))));
    }

    static Recommendations rank(
            PublishedAgenda.Current current, Set<Topic> topics, List<UUID> mine, Map<UUID, Long> taken) {
        List<PublishedSession> own =
                mine.stream().map(current.byId()::get).filter(Objects::nonNull).toList();
        List<Recommendation> ranked = current.sessions().stream()
                .filter(s -> !mine.contains(s.id()))
                .filter(s -> own.stream().noneMatch(s::overlaps))
                .map(s -> rate(s, topics, (int) Math.max(0, s.capacity() - taken.getOrDefault(s.id(), 0L))))
                .filter(r -> r.score() > 0 && r.seatsLeft() > 0)
                .sorted(Comparator.comparingInt(Recommendation::score)
                        .reversed()
                        .thenComparing(r -> r.session().startsAt()))
                .toList();
        return new Recommendations(
                topics.stream().sorted().toList(),
                ranked,
                ranked.isEmpty() ? "No open session matches your topics right now" : null);
    }

    private static Recommendation rate(PublishedSession session, Set<Topic> topics, int seatsLeft) {
        List<Topic> matched =
                session.topics().stream().filter(topics::contains).distinct().toList();
        String reason = "Covers " + matched.size() + " of your topics: "
                + matched.stream().map(Enum::name).collect(Collectors.joining(", "));
        return new Recommendation(session, matched.size(), matched, seatsLeft, reason);
    }

    /** The attendee's topics; 403 unless they may register. */
    private Uni<Set<Topic>> topics(UUID attendeeId) {
        return eligibility
                .findById(attendeeId)
                .invoke(RegistrationService::requireActive)
                .map(row -> Set.copyOf(row.topics));
    }
}
