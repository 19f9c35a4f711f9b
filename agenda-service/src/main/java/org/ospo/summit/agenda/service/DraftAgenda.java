package org.ospo.summit.agenda.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.ospo.summit.agenda.api.DraftSession;
import org.ospo.summit.agenda.api.RoomRequest;
import org.ospo.summit.agenda.api.RoomView;
import org.ospo.summit.agenda.api.SessionRequest;
import org.ospo.summit.agenda.model.AgendaSession;
import org.ospo.summit.agenda.model.Room;
import org.ospo.summit.agenda.model.SessionStatus;
import org.ospo.summit.agenda.repository.RoomRepository;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.contracts.problem.ProblemType;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.edition.KnownEditions;
import org.ospo.summit.platform.http.EntityTags;
import org.ospo.summit.platform.problem.ProblemException;
import org.ospo.summit.platform.time.SummitClock;

/**
 * The organizers' draft of each edition: rooms and sessions (a session belongs to its room's edition). A session
 * must end after it starts, lie inside its edition's days and fit its room; a room or a speaker in two overlapping
 * sessions of the edition is a 409 naming the clashing session; a past edition's draft no longer changes (409).
 * Edits hold the edition's draft lock, so two concurrent edits cannot double-book.
 */
@ApplicationScoped
public class DraftAgenda {
    private final RoomRepository rooms;
    private final SessionRepository sessions;
    private final SummitDays days;
    private final SummitClock clock;
    private final KnownEditions editions;
    private final EntityTags tags;

    public DraftAgenda(
            RoomRepository rooms,
            SessionRepository sessions,
            SummitDays days,
            SummitClock clock,
            KnownEditions editions,
            EntityTags tags) {
        this.tags = tags;
        this.editions = editions;
        this.rooms = rooms;
        this.sessions = sessions;
        this.days = days;
        this.clock = clock;
    }

    /** A room of an edition (the current one when {@code summitId} is null); names are unique per edition. */
    @WithTransaction
    public Uni<RoomView> createRoom(Integer summitId, RoomRequest request) {
        Room room = new Room();
        room.id = UUID.randomUUID();
        room.name = request.name().trim();
        room.capacity = request.capacity();
        return editions.resolve(summitId)
                .call(edition -> editions.checkWritable(edition, "rooms"))
                .chain(edition -> {
                    room.summitId = edition;
                    return rooms.persist(room).call(() -> rooms.flush()).map(RoomView::of);
                })
                .onFailure(DbErrors::isUniqueViolation)
                .transform(e -> ProblemException.conflict("A room named " + room.name + " exists in this edition"));
    }

    /** An edition's rooms (the current one's when {@code summitId} is null), by name. */
    @WithSession
    public Uni<List<RoomView>> rooms(Integer summitId) {
        return editions.resolve(summitId)
                .chain(edition -> rooms.list("summitId", Sort.ascending("name"), edition))
                .map(l -> l.stream().map(RoomView::of).toList());
    }

    /** An edition's draft sessions (the current one's when {@code summitId} is null), in time order. */
    @WithSession
    public Uni<List<AgendaSession>> sessions(Integer summitId) {
        return editions.resolve(summitId).chain(sessions::scheduled);
    }

    /** One scheduled session of a draft, as organizers edit it; 404 when there is none (or it was cancelled). */
    @WithSession
    public Uni<DraftSession> session(UUID id) {
        return sessions.findById(id).map(found -> {
            if (found == null || found.status == SessionStatus.CANCELLED) {
                throw ProblemException.notFound("Session", id);
            }
            return DraftSession.of(found);
        });
    }

    /** the tag If-Match must name to change this draft session (the ETag of GET /api/sessions/{id}/draft) */
    public String tag(AgendaSession session) {
        return tags.of(DraftSession.of(session));
    }

    /** A session belongs to the edition of its room. */
    @WithTransaction
    public Uni<AgendaSession> create(SessionRequest request) {
        AgendaSession session = new AgendaSession();
        session.id = UUID.randomUUID();
        session.status = SessionStatus.SCHEDULED;
        return roomOf(request)
                .chain(room -> {
                    session.summitId = room.summitId;
                    return editions.checkWritable(room.summitId, "sessions")
                            .chain(() -> sessions.lockDraft(room.summitId))
                            .chain(() -> apply(session, room, request));
                })
                .call(sessions::persist);
    }

    /** Replaces a draft session; {@code ifMatch}, when given, must name it as it is now (checked under the lock). */
    @WithTransaction
    public Uni<AgendaSession> update(UUID id, SessionRequest request, String ifMatch) {
        return editable(id)
                .invoke(session -> tags.requireCurrent(ifMatch, DraftSession.of(session)))
                .chain(session -> roomOf(request).chain(room -> {
                    if (room.summitId != session.summitId) {
                        return Uni.createFrom()
                                .failure(ProblemException.invalid("roomId", "is a room of another edition"));
                    }
                    return apply(session, room, request);
                }));
    }

    /** Cancels a session: it leaves the draft and the next published version lists it as cancelled. */
    @WithTransaction
    public Uni<Void> cancel(UUID id) {
        return editable(id).chain(session -> {
            session.status = SessionStatus.CANCELLED;
            session.updatedAt = clock.now();
            return Uni.createFrom().voidItem();
        });
    }

    /**
     * A scheduled session of an edition that takes changes, read after its draft is locked (so what another organizer
     * saved meanwhile is what this edit meets); 404 / 409 otherwise.
     */
    private Uni<AgendaSession> editable(UUID id) {
        return sessions.summitOf(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Session", id))
                .call(summitId -> editions.checkWritable(summitId, "sessions"))
                .call(sessions::lockDraft)
                .chain(summitId -> sessions.findById(id))
                .invoke(found -> {
                    if (found.status == SessionStatus.CANCELLED) {
                        throw ProblemException.notFound("Session", id);
                    }
                });
    }

    private Uni<Room> roomOf(SessionRequest r) {
        return rooms.findById(r.roomId())
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.invalid("roomId", "no such room"));
    }

    private Uni<AgendaSession> apply(AgendaSession session, Room room, SessionRequest r) {
        if (!r.endsAt().isAfter(r.startsAt())) {
            return Uni.createFrom().failure(ProblemException.invalid("endsAt", "must be after startsAt"));
        }
        return days.of(room.summitId).chain(window -> {
            if (!window.contains(r.startsAt(), r.endsAt())) {
                return Uni.createFrom()
                        .failure(ProblemException.invalid(
                                "startsAt", "must be inside the summit's days, " + window.describe()));
            }
            if (r.capacity() != null && r.capacity() > room.capacity) {
                return Uni.createFrom()
                        .failure(ProblemException.invalid(
                                "capacity", "must not exceed the room's capacity (" + room.capacity + ")"));
            }
            return sessions.overlapping(room.summitId, r.startsAt(), r.endsAt(), session.id)
                    .map(overlaps -> {
                        Set<String> speakers = r.speakers().stream()
                                .map(s -> normalise(s.name()))
                                .collect(Collectors.toSet());
                        for (AgendaSession other : overlaps) {
                            if (other.roomId.equals(room.id)) {
                                throw clash("Room " + room.name + " is taken by", other);
                            }
                            for (SessionRequest.Speaker speaker : other.speakers) {
                                if (speakers.contains(normalise(speaker.name()))) {
                                    throw clash("Speaker " + speaker.name() + " already speaks in", other);
                                }
                            }
                        }
                        session.title = r.title().trim();
                        session.summary = r.summary();
                        session.kind = r.kind();
                        session.topics = r.topics().stream().distinct().toList();
                        session.speakers = r.speakers();
                        session.roomId = room.id;
                        session.startsAt = r.startsAt();
                        session.endsAt = r.endsAt();
                        session.capacity = r.capacity();
                        session.updatedAt = clock.now();
                        return session;
                    });
        });
    }

    private static ProblemException clash(String what, AgendaSession other) {
        return new ProblemException(
                        409,
                        ProblemType.AGENDA_CONFLICT,
                        what + " \"" + other.title + "\" (" + other.startsAt + " – " + other.endsAt + ")")
                .with("clashingSessionId", other.id)
                .with("clashingSessionTitle", other.title);
    }

    private static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
