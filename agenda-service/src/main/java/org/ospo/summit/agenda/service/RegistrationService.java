package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.UUID;
import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.model.AttendeeEligibility;
import org.ospo.summit.agenda.repository.EligibilityRepository;
import org.ospo.summit.agenda.repository.RegistrationRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Registering for published sessions and leaving them (what one attendee has is {@link AttendeeAgenda}'s). Only attendees learned from attendee.registered (and not withdrawn or
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
    private final AttendeeAgenda attendeeAgenda;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final SessionSeats seats;

    public RegistrationService(
            SessionRepository sessions,
            RegistrationRepository registrations,
            EligibilityRepository eligibility,
            PublishedAgenda agenda,
            AttendeeAgenda attendeeAgenda,
            SummitClock clock,
            KnownEditions editions,
            SessionSeats seats) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.eligibility = eligibility;
        this.agenda = agenda;
        this.attendeeAgenda = attendeeAgenda;
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
        return attendeeAgenda
                .editionOf(attendeeId)
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

    private static int left(PublishedSession session, long taken) {
        return (int) Math.max(0, session.capacity() - taken);
    }

    /** 403 unless attendee events made this attendee eligible, their eligibility row then locked until the end. */
    private Uni<Void> lockEligible(UUID attendeeId) {
        return eligibility
                .lock(attendeeId)
                .invoke(RegistrationService::requireActive)
                .replaceWithVoid();
    }

    /** 403 unless attendee events made this attendee eligible (within the caller's session). */
    static void requireActive(AttendeeEligibility row) {
        if (row == null || !row.status.mayRegister()) {
            throw ProblemException.forbidden("Only accepted attendees can register for sessions");
        }
    }
}
