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
import org.ospo.summit.agenda.model.AttendeeEligibility;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Registrations for published sessions. Only attendees learned from attendee.registered (and not withdrawn or
 * erased) may register; a session overlapping one of mine is a 409 naming it. The invariant, whatever the concurrency:
 * a session's {@code seats_taken} is the number of its registrations and a registration never takes it past the
 * published capacity. A seat is taken by one conditional update of that counter, the registering transaction's last
 * statement, so the session's row is locked only from there to the commit. One attendee's registrations are
 * serialised on their eligibility row (no two overlapping sessions at once); locks are taken in that order: the
 * attendee's eligibility row, then the session's row.
 */
@ApplicationScoped
public class RegistrationService {
    private final SessionRepository sessions;
    private final RegistrationRepository registrations;
    private final EligibilityRepository eligibility;
    private final PublishedAgenda agenda;
    private final AgendaCalendar calendar;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final SessionSeats seats;

    public RegistrationService(
            SessionRepository sessions,
            RegistrationRepository registrations,
            EligibilityRepository eligibility,
            PublishedAgenda agenda,
            AgendaCalendar calendar,
            SummitClock clock,
            KnownEditions editions,
            SessionSeats seats) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.eligibility = eligibility;
        this.agenda = agenda;
        this.calendar = calendar;
        this.clock = clock;
        this.editions = editions;
        this.seats = seats;
    }

    /** What a registration did: made now or already there, and the seats left afterwards. */
    public record Outcome(boolean created, int seatsLeft) {}

    /**
     * Registers for a session of the attendee's own edition (a session of another edition is not in their agenda:
     * 404). The published agenda is read first, outside the transaction: it takes a pool connection of its own, and
     * asking for one while the transaction holds another could exhaust the pool under load.
     */
    public Uni<Outcome> register(UUID sessionId, UUID attendeeId) {
        return editionOf(attendeeId)
                .chain(edition -> agenda.current(edition))
                .chain(current -> Panache.withTransaction(() -> registering(current, sessionId, attendeeId)))
                .invoke(() -> seats.changed(sessionId));
    }

    private Uni<Outcome> registering(PublishedAgenda.Current current, UUID sessionId, UUID attendeeId) {
        PublishedSession session = current.byId().get(sessionId);
        return lockEligible(attendeeId)
                .chain(() -> session == null
                        ? Uni.createFrom().failure(ProblemException.notFound("Published session", sessionId))
                        : editions.checkWritable(current.summitId(), "registrations"))
                .chain(() -> registrations.sessionsOf(attendeeId))
                .chain(mine -> mine.contains(sessionId)
                        ? sessions.seatsTaken(sessionId).map(taken -> new Outcome(false, left(session, taken)))
                        : take(
                                session,
                                attendeeId,
                                mine.stream()
                                        .map(current.byId()::get)
                                        .filter(Objects::nonNull)
                                        .filter(session::overlaps)
                                        .findFirst()
                                        .orElse(null)));
    }

    /** A new registration and its seat, unless it clashes with one of mine or the session is full (409 each). */
    private Uni<Outcome> take(PublishedSession session, UUID attendeeId, PublishedSession clash) {
        if (clash != null) {
            return Uni.createFrom()
                    .failure(new ProblemException(
                                    409,
                                    ProblemType.REGISTRATION_OVERLAP,
                                    "You are registered for \"" + clash.title() + "\" at the same time")
                            .with("clashingSessionId", clash.id()));
        }
        return registrations
                .add(session.id(), attendeeId, clock.now())
                .chain(() -> sessions.takeSeatIfFree(session.id(), session.capacity()))
                .map(taken -> {
                    if (taken == null) {
                        throw new ProblemException(
                                409,
                                ProblemType.SESSION_FULL,
                                "All " + session.capacity() + " seats of \"" + session.title() + "\" are taken");
                    }
                    return new Outcome(true, left(session, taken));
                });
    }

    /** Leaves a session; a past edition's registrations stay as they are (409). */
    public Uni<Void> leave(UUID sessionId, UUID attendeeId) {
        return Panache.withTransaction(() -> leaving(sessionId, attendeeId)).invoke(() -> seats.changed(sessionId));
    }

    private Uni<Void> leaving(UUID sessionId, UUID attendeeId) {
        return eligibility
                .lock(attendeeId)
                .chain(() -> sessions.summitOf(sessionId))
                .call(edition -> edition == null
                        ? Uni.createFrom().voidItem()
                        : editions.checkWritable(edition, "registrations"))
                .chain(() -> registrations.remove(sessionId, attendeeId))
                .chain(removed -> removed
                        ? sessions.seatFreed(sessionId)
                        : Uni.createFrom().failure(ProblemException.notFound("Registration for session", sessionId)));
    }

    /** My published sessions (of my edition), in time order. */
    public Uni<List<PublishedSession>> agendaOf(UUID attendeeId) {
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

    /** The ids of my sessions (within the caller's session). */
    public Uni<List<UUID>> mine(UUID attendeeId) {
        return registrations.sessionsOf(attendeeId);
    }

    /** Seats taken per session that has any (within the caller's session). */
    public Uni<Map<UUID, Long>> seatsTaken() {
        return sessions.seatsTaken();
    }

    private static List<PublishedSession> inTimeOrder(List<UUID> ids, Map<UUID, PublishedSession> sessions) {
        return ids.stream()
                .map(sessions::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(PublishedSession::startsAt))
                .toList();
    }

    private static int left(PublishedSession session, long taken) {
        return (int) Math.max(0, session.capacity() - taken);
    }

    /** 403 unless attendee events made this attendee eligible (within the caller's session). */
    public Uni<Void> eligible(UUID attendeeId) {
        return eligibility
                .findById(attendeeId)
                .invoke(RegistrationService::requireActive)
                .replaceWithVoid();
    }

    /** The same, the attendee's eligibility row then locked until the transaction ends. */
    private Uni<Void> lockEligible(UUID attendeeId) {
        return eligibility
                .lock(attendeeId)
                .invoke(RegistrationService::requireActive)
                .replaceWithVoid();
    }

    private static void requireActive(AttendeeEligibility row) {
        if (row == null || !row.status.mayRegister()) {
            throw ProblemException.forbidden("Only accepted attendees can register for sessions");
        }
    }

    /** My edition (the current one while attendee.registered has not arrived) and my sessions' ids. */
    private Uni<RegistrationRepository.Mine> editionAndMine(UUID attendeeId) {
        return registrations
                .readMine(attendeeId)
                .chain(mine -> mine != null
                        ? Uni.createFrom().item(mine)
                        : Panache.withSession(editions::currentId)
                                .map(current -> new RegistrationRepository.Mine(current, List.of())));
    }

    /**
     * The attendee's edition, as attendee.registered said (in a session of its own); the current edition while their
     * registration has not arrived yet (they are not eligible then anyway).
     */
    public Uni<Integer> editionOf(UUID attendeeId) {
        return Panache.withSession(() -> eligibility.editionOf(attendeeId))
                .chain(edition ->
                        edition != null ? Uni.createFrom().item(edition) : Panache.withSession(editions::currentId));
    }
}
