package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.time.SummitClock;

/**
 * One attendee's side of the agenda, read only: their edition, their sessions in time order and as a calendar. The
 * writes (registering, leaving) are {@link RegistrationService}'s. The attendee's edition is the one
 * attendee.registered named; while that event has not arrived it is the current edition (they may not register yet
 * then, so they have no sessions either).
 */
@ApplicationScoped
public class AttendeeAgenda {
    private final RegistrationRepository registrations;
    private final EligibilityRepository eligibility;
    private final PublishedAgenda agenda;
    private final AgendaCalendar calendar;
    private final KnownEditions editions;
    private final SummitClock clock;

    public AttendeeAgenda(
            RegistrationRepository registrations,
            EligibilityRepository eligibility,
            PublishedAgenda agenda,
            AgendaCalendar calendar,
            KnownEditions editions,
            SummitClock clock) {
        this.registrations = registrations;
        this.eligibility = eligibility;
        this.agenda = agenda;
        this.calendar = calendar;
        this.editions = editions;
        this.clock = clock;
    }

    /** My published sessions (of my edition), in time order. */
    public Uni<List<PublishedSession>> sessionsOf(UUID attendeeId) {
        return editionAndMine(attendeeId)
                .chain(mine ->
                        agenda.current(mine.edition()).map(current -> inTimeOrder(mine.sessionIds(), current.byId())));
    }

    /** My sessions as a calendar: the published ones, and the cancelled ones as STATUS:CANCELLED. */
    public Uni<String> calendarOf(UUID attendeeId) {
        return editionAndMine(attendeeId)
                .chain(mine -> agenda.current(mine.edition())
                        .map(current -> calendar.write(
                                "OSPO Summit · my sessions",
                                current.zone(),
                                current.publishedAt() != null ? current.publishedAt() : clock.now(),
                                inTimeOrder(mine.sessionIds(), current.byId()),
                                inTimeOrder(mine.sessionIds(), current.cancelled()))));
    }

    /** The attendee's edition, read in a session of its own. */
    public Uni<Integer> editionOf(UUID attendeeId) {
        return Panache.withSession(() -> eligibility.editionOf(attendeeId))
                .chain(edition ->
                        edition != null ? Uni.createFrom().item(edition) : Panache.withSession(editions::currentId));
    }

    /** My edition and my sessions' ids, in one read that needs no Hibernate session. */
    private Uni<RegistrationRepository.Mine> editionAndMine(UUID attendeeId) {
        return registrations
                .readMine(attendeeId)
                .chain(mine -> mine != null
                        ? Uni.createFrom().item(mine)
                        : Panache.withSession(editions::currentId)
                                .map(current -> new RegistrationRepository.Mine(current, List.of())));
    }

    private static List<PublishedSession> inTimeOrder(List<UUID> ids, Map<UUID, PublishedSession> sessions) {
        return ids.stream()
                .map(sessions::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(PublishedSession::startsAt))
                .toList();
    }
}
