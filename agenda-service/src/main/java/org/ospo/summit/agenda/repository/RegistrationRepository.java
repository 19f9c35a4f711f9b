package org.ospo.summit.agenda.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.model.Registration;

/**
 * Registrations. Adding or removing one does not move its session's seat counter: the caller does that in the same
 * transaction ({@link SessionRepository#takeSeatIfFree}, {@link SessionRepository#seatFreed}), except in
 * {@link #withdrawAll}, which does both in one statement.
 */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, Registration.Key> {
    /** the attendee's edition and their sessions: one row per registration, or one with a null session for none */
    private static final String EDITION_AND_MINE = "select e.summit_id, r.session_id from attendee_eligibility e "
            + "left join registration r on r.attendee_id = e.attendee_id where e.attendee_id = $1";

    /** an attendee's registrations deleted and their sessions' seats given back (each session once: one row each) */
    private static final String WITHDRAW_ALL = "with gone as (delete from registration where attendee_id = :id "
            + "returning session_id) update agenda_session s set seats_taken = s.seats_taken - 1 from gone "
            + "where s.id = gone.session_id";

    private final Pool pool;

    public RegistrationRepository(Pool pool) {
        this.pool = pool;
    }

    /** An attendee's edition and the ids of the sessions they registered for. */
    public record Mine(int edition, List<UUID> sessionIds) {}

    /** An edition's registrations in figures. */
    public record Totals(long registrations, long attendees) {}

    /** Adds a registration, written at once (so that a statement after it sees it). */
    public Uni<Void> add(UUID sessionId, UUID attendeeId, OffsetDateTime at) {
        return persistAndFlush(new Registration(sessionId, attendeeId, at)).replaceWithVoid();
    }

    /** Removes a registration: whether there was one. */
    public Uni<Boolean> remove(UUID sessionId, UUID attendeeId) {
        return delete("sessionId = ?1 and attendeeId = ?2", sessionId, attendeeId)
                .map(n -> n > 0);
    }

    /** Removes all of an attendee's registrations and gives their seats back. */
    public Uni<Void> withdrawAll(UUID attendeeId) {
        return getSession()
                .chain(s -> s.createNativeQuery(WITHDRAW_ALL)
                        .setParameter("id", attendeeId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The ids of an attendee's sessions. */
    public Uni<List<UUID>> sessionsOf(UUID attendeeId) {
        return find("select sessionId from Registration where attendeeId = ?1", attendeeId)
                .project(UUID.class)
                .list();
    }

    /** Per session, its attendees in the order they registered (sessions nobody registered for: absent). */
    public Uni<Map<UUID, List<UUID>>> attendeesOf(Collection<UUID> sessionIds) {
        return list("sessionId in ?1", Sort.ascending("createdAt"), sessionIds)
                .map(rows -> rows.stream()
                        .collect(Collectors.groupingBy(
                                r -> r.sessionId, Collectors.mapping(r -> r.attendeeId, Collectors.toList()))));
    }

    /** How many registrations an edition's sessions have, and from how many attendees. */
    public Uni<Totals> totals(int summitId) {
        return getSession()
                .chain(s -> s.createQuery(
                                "select count(*), count(distinct r.attendeeId) from Registration r "
                                        + "where r.sessionId in (select s.id from AgendaSession s where s.summitId = ?1)",
                                Object[].class)
                        .setParameter(1, summitId)
                        .getSingleResult())
                .map(row -> new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    /**
     * An attendee's edition and sessions in one query, on the reactive client without a Hibernate session (a read of
     * two columns needs no entity): the attendee's hot read. Null while attendee.registered has not arrived.
     */
    public Uni<Mine> readMine(UUID attendeeId) {
        return pool.preparedQuery(EDITION_AND_MINE)
                .execute(Tuple.of(attendeeId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return null;
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
                    return new Mine(edition, mine);
                });
    }
}
