package org.ospo.summit.agenda.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.ospo.summit.agenda.api.PublishedSession;
import org.ospo.summit.agenda.mapping.AgendaCalendar;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Registrations for published sessions. Only attendees learned from attendee.registered (and not withdrawn or
 * erased) may register; seats are counted under the session row's lock, so a session never takes more people than
 * its capacity, whatever the concurrency; a session overlapping one of mine is a 409 naming it.
 */
@ApplicationScoped
public class RegistrationService {
    private final SessionRepository sessions;
    private final PublishedAgenda agenda;
    private final AgendaCalendar calendar;
    private final SummitClock clock;
    private final KnownEditions editions;

    public RegistrationService(SessionRepository sessions, PublishedAgenda agenda, AgendaCalendar calendar,
            SummitClock clock, KnownEditions editions) {
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
        return editionOf(attendeeId).chain(edition -> agenda.current(edition)).map(PublishedAgenda.Current::byId)
                .chain(published -> Panache.withTransaction(() -> eligible(attendeeId).chain(() -> {
            PublishedSession session = published.get(sessionId);
            if (session == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Published session", sessionId));
            }
            return sessions.findById(sessionId, LockModeType.PESSIMISTIC_WRITE)
                    .call(locked -> editions.checkWritable(locked.summitId, "registrations"))
                    .chain(() -> mine(attendeeId)).chain(mine -> {
                        if (mine.contains(sessionId)) {
                            return taken(sessionId).map(taken -> new Outcome(false, left(session, taken)));
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
                        return taken(sessionId).chain(taken -> {
                            if (taken >= session.capacity()) {
                                return Uni.createFrom().failure(new ProblemException(409, ProblemType.SESSION_FULL,
                                        "All " + session.capacity() + " seats of \"" + session.title() + "\" are taken"));
                            }
                            return sql("insert into registration (session_id, attendee_id, created_at) values (:s, :a, now())",
                                    sessionId, attendeeId).replaceWith(new Outcome(true, left(session, taken + 1)));
                        });
                    });
        })));
    }

    /** Leaves a session; a past edition's registrations stay as they are (409). */
    @WithTransaction
    public Uni<Void> leave(UUID sessionId, UUID attendeeId) {
        return sessions.findById(sessionId).call(session -> session == null ? Uni.createFrom().voidItem()
                : editions.checkWritable(session.summitId, "registrations"))
                .chain(() -> sql("delete from registration where session_id = :s and attendee_id = :a", sessionId,
                        attendeeId))
                .map(n -> {
                    if (n == 0) {
                        throw ProblemException.notFound("Registration for session", sessionId);
                    }
                    return null;
                });
    }

    /** My published sessions (of my edition), in time order. */
    public Uni<List<PublishedSession>> agendaOf(UUID attendeeId) {
        return editionOf(attendeeId).chain(edition -> agenda.current(edition)).map(PublishedAgenda.Current::byId)
                .chain(published -> Panache.withSession(() -> mine(attendeeId)).map(mine -> inTimeOrder(mine, published)));
    }

    /** My sessions as a calendar: the published ones, and the cancelled ones as STATUS:CANCELLED. */
    public Uni<String> calendarOf(UUID attendeeId) {
        return editionOf(attendeeId).chain(edition -> agenda.current(edition)).chain(current -> Panache.withSession(() -> mine(attendeeId)).map(mine -> calendar.write(
                "OSPO Summit · my sessions", current.zone(),
                current.publishedAt() != null ? current.publishedAt() : clock.now(),
                inTimeOrder(mine, current.byId()), inTimeOrder(mine, current.cancelled()))));
    }

    /** The ids of my sessions (within the caller's session). */
    public Uni<List<UUID>> mine(UUID attendeeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select session_id from registration where attendee_id = :a", UUID.class)
                .setParameter("a", attendeeId).getResultList());
    }

    /** Seats taken per session that has any (within the caller's session). */
    public Uni<Map<UUID, Long>> seatsTaken() {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select session_id, count(*) from registration group by session_id", Object[].class).getResultList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> ((Number) r[1]).longValue())));
    }

    private static List<PublishedSession> inTimeOrder(List<UUID> ids, Map<UUID, PublishedSession> sessions) {
        return ids.stream().map(sessions::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(PublishedSession::startsAt)).toList();
    }

    @WithSession
    public Uni<Integer> seatsLeft(PublishedSession session) {
        return taken(session.id()).map(taken -> left(session, taken));
    }

    private static int left(PublishedSession session, long taken) {
        return (int) Math.max(0, session.capacity() - taken);
    }

    /** 403 unless attendee events made this attendee eligible (within the caller's session). */
    public Uni<Void> eligible(UUID attendeeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select status from attendee_eligibility where attendee_id = :a", String.class)
                .setParameter("a", attendeeId).getResultList()).map(rows -> {
                    if (rows.isEmpty() || !"ACTIVE".equals(rows.get(0))) {
                        throw ProblemException.forbidden("Only accepted attendees can register for sessions");
                    }
                    return null;
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

    private Uni<Long> taken(UUID sessionId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                "select count(*) from registration where session_id = :s", Long.class)
                .setParameter("s", sessionId).getSingleResult());
    }

    private static Uni<Integer> sql(String sql, UUID sessionId, UUID attendeeId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql).setParameter("s", sessionId)
                .setParameter("a", attendeeId).executeUpdate());
    }
}
