package org.ospo.summit.agenda.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.ospo.summit.agenda.repository.SessionRepository;
import org.ospo.summit.platform.notify.NotifiedCache;

/**
 * The seats taken of each session, as its row counts them, held in memory while {@link AgendaListener} hears of
 * every change (the trigger on {@code agenda_session.seats_taken} names the session): the public session read needs
 * no database round trip. A registration's own answer and the seat itself never come from here; they are the
 * database's, inside the registration's transaction.
 */
@ApplicationScoped
public class SessionSeats {
    private final SessionRepository sessions;
    private final NotifiedCache<UUID, Integer> taken = new NotifiedCache<>();

    public SessionSeats(SessionRepository sessions) {
        this.sessions = sessions;
    }

    /** the seats taken of a session (0 for no such session) */
    public Uni<Integer> taken(UUID session) {
        return taken.get(session, () -> sessions.readSeatsTaken(session));
    }

    /** the session's counter moved (a notification, or this replica's own write once committed) */
    public void changed(UUID session) {
        taken.invalidate(session);
    }

    NotifiedCache<UUID, Integer> memory() {
        return taken;
    }
}
