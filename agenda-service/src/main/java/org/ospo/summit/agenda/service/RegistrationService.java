package org.ospo.summit.agenda.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

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
    private static final String EDITION_AND_MINE = "select e.summit_id, r.session_id from attendee_eligibility e "
            + "left join registration r on r.attendee_id = e.attendee_id where e.attendee_id = $1";
    private final SessionRepository sessions;
    private final PublishedAgenda agenda;
    private final AgendaCalendar calendar;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final SessionSeats seats;
    private final Pool pool;

    public RegistrationService(SessionRepository sessions, PublishedAgenda agenda, AgendaCalendar calendar,
            SummitClock clock, KnownEditions editions, SessionSeats seats, Pool pool) {
        this.seats = seats;
        this.pool = pool;
        this.editions = editions;
        this.sessions = sessions;
        this.agenda = agenda;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** What a registration did: made now or already there, and the seats left afterwards. */
    public record Outcome(boolean created, int seatsLeft) {
    }

    /**
     * Registers for a session of the attendee's own edition (a session of another edition is not in their agenda:
     * 404). The published agenda is read first, outside the transaction: it takes a pool connection of its own, and
     * asking for one while the transaction holds another could exhaust the pool under load.
     */
    public Uni<Outcome> register(UUID sessionId, UUID attendeeId) {
        return editionOf(attendeeId).chain(edition -> agenda.current(edition).map(PublishedAgenda.Current::byId)
                .chain(published -> Panache.withTransaction(() -> lockEligible(attendeeId).chain(() -> {
            PublishedSession session = published.get(sessionId);
            if (session == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Published session", sessionId));
            }
            return editions.checkWritable(edition, "registrations").chain(() -> mine(attendeeId)).chain(mine -> {
                if (mine.contains(sessionId)) {
                    return sessions.seatsTaken(sessionId).map(taken -> new Outcome(false, left(session, taken)));
                }
                for (UUID otherId : mine) {
                    PublishedSession other = published.get(otherId);
                    if (other != null && other.startsAt().isBefore(session.endsAt())
                            && other.endsAt().isAfter(session.startsAt())) {
                        return Uni.createFrom().failure(new ProblemException(409, ProblemType.REGISTRATION_OVERLAP,
                                "You are registered for \"" + other.title()
                                        + "\" at the same time").with("clashingSessionId", other.id()));
                    }
                }
                return sql("insert into registration (session_id, attendee_id, created_at) values (:s, :a, now())",
                        sessionId, attendeeId)
                        .chain(() -> sessions.takeSeatIfFree(sessionId, session.capacity()))
                        .map(taken -> {
                            if (taken == null) {
                                throw new ProblemException(409, ProblemType.SESSION_FULL, "All " + session.capacity()
                                        + " seats of \"" + session.title() + "\" are taken");
                            }
                            return new Outcome(true, left(session, taken));
                        });
            });
        })).invoke(outcome -> seats.changed(sessionId))));
    }

    /** Leaves a session; a past edition's registrations stay as they are (409). */
    public Uni<Void> leave(UUID sessionId, UUID attendeeId) {
        return Panache.withTransaction(() -> leaving(sessionId, attendeeId)).invoke(() -> seats.changed(sessionId));
    }

    private Uni<Void> leaving(UUID sessionId, UUID attendeeId) {
        return eligibility(attendeeId, true).chain(() -> sessions.findById(sessionId))
                .call(session -> session == null ? Uni.createFrom().voidItem()
                        : editions.checkWritable(session.summitId, "registrations"))
                .chain(() -> sql("delete from registration where session_id = :s and attendee_id = :a", sessionId,
                        attendeeId))
                .chain(n -> {
                    if (n == 0) {
                        return Uni.createFrom().failure(ProblemException.notFound("Registration for session", sessionId));
                    }
                    return sessions.seatFreed(sessionId);
                });
    }

    /** My published sessions (of my edition), in time order. */
    public Uni<List<PublishedSession>> agendaOf(UUID attendeeId) {
        return editionAndMine(attendeeId).chain(mine -> agenda.current(mine.edition())
                .map(current -> inTimeOrder(mine.sessionIds(), current.byId())));
    }

    /** My sessions as a calendar: the published ones, and the cancelled ones as STATUS:CANCELLED. */
    public Uni<String> calendarOf(UUID attendeeId) {
        return editionAndMine(attendeeId).chain(mine -> agenda.current(mine.edition()).map(current -> calendar.write(
                "OSPO Summit · my sessions", current.zone(),
                current.publishedAt() != null ? current.publishedAt() : clock.now(),
                inTimeOrder(mine.sessionIds(), current.byId()), inTimeOrder(mine.sessionIds(), current.cancelled()))));
    }

    /** The ids of my sessions (within the caller's session). */
    public Uni<List<UUID>> mine(UUID attendeeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select session_id from registration where attendee_id = :a", UUID.class)
                .setParameter("a", attendeeId).getResultList());
    }

    /** Seats taken per session that has any (within the caller's session). */
    public Uni<Map<UUID, Long>> seatsTaken() {
        return sessions.seatsTaken();
    }

    private static List<PublishedSession> inTimeOrder(List<UUID> ids, Map<UUID, PublishedSession> sessions) {
        return ids.stream().map(sessions::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(PublishedSession::startsAt)).toList();
    }

    private static int left(PublishedSession session, long taken) {
        return (int) Math.max(0, session.capacity() - taken);
    }

    /** 403 unless attendee events made this attendee eligible (within the caller's session). */
    public Uni<Void> eligible(UUID attendeeId) {
        return eligibility(attendeeId, false).invoke(RegistrationService::requireActive).replaceWithVoid();
    }

    /** The same, the attendee's eligibility row then locked until the transaction ends. */
    private static Uni<Void> lockEligible(UUID attendeeId) {
        return eligibility(attendeeId, true).invoke(RegistrationService::requireActive).replaceWithVoid();
    }

    private static void requireActive(String status) {
        if (!"ACTIVE".equals(status)) {
            throw ProblemException.forbidden("Only accepted attendees can register for sessions");
        }
    }

    /** The attendee's eligibility status (null if none), its row locked until the transaction ends if asked. */
    private static Uni<String> eligibility(UUID attendeeId, boolean lock) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select status from attendee_eligibility "
                + "where attendee_id = :a" + (lock ? " for update" : ""), String.class)
                .setParameter("a", attendeeId).getResultList()).map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** An attendee's edition and the ids of the sessions they registered for. */
    private record EditionAndMine(int edition, List<UUID> sessionIds) {
    }

    /**
     * {@link #editionOf} and {@link #mine} in one query, on the reactive client without a Hibernate session (a read of
     * two columns needs no entity): the attendee's hot read. The published agenda is read after it, as
     * {@link #register} does.
     */
    private Uni<EditionAndMine> editionAndMine(UUID attendeeId) {
        return pool.preparedQuery(EDITION_AND_MINE).execute(Tuple.of(attendeeId)).chain(rows -> {
            if (rows.size() == 0) {
                return Panache.withSession(editions::currentId).map(current -> new EditionAndMine(current, List.of()));
            }
            int edition = 0;
            List<UUID> mine = new ArrayList<>(rows.size());
            for (Row row : rows) {
                edition = row.getInteger(0);
                UUID session = row.getUUID(1);
                if (session != null) {
                    mine.add(session);
                }
            }
            return Uni.createFrom().item(new EditionAndMine(edition, mine));
        });
    }

    /**
     * The attendee's edition, as attendee.registered said (in a session of its own); the current edition while their
     * registration has not arrived yet (they are not eligible then anyway).
     */
    public Uni<Integer> editionOf(UUID attendeeId) {
        return Panache.withSession(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                "select summit_id from attendee_eligibility where attendee_id = :a", Integer.class)
                .setParameter("a", attendeeId).getResultList()))
                .chain(rows -> rows.isEmpty() ? Panache.withSession(editions::currentId) : Uni.createFrom().item(rows.get(0)));
    }

    private static Uni<Integer> sql(String sql, UUID sessionId, UUID attendeeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("s", sessionId)
                .setParameter("a", attendeeId).executeUpdate());
    }
}
