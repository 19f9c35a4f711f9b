package org.ospo.summit.agenda.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.ospo.summit.platform.metrics.GaugeQuery;

/**
 * Registrations and seats of every session still to end, per edition, read from the database
 * ({@code DatabaseGauges}); labelled with ids, never a title.
 */
@ApplicationScoped
public class AgendaGauges {
    private static final String UPCOMING = "from agenda_session s join room r on r.id = s.room_id "
            + "where s.status = 'SCHEDULED' and s.ends_at > $1::timestamptz";

    @Produces
    @Singleton
    GaugeQuery registrations() {
        return new GaugeQuery(
                "summit.session.registrations",
                "Registrations per session still to end",
                "select s.seats_taken, s.summit_id::text, s.id::text " + UPCOMING,
                List.of("summit", "session"));
    }

    @Produces
    @Singleton
    GaugeQuery capacity() {
        return new GaugeQuery(
                "summit.session.capacity",
                "Seats per session still to end (its own capacity, else its room's)",
                "select coalesce(s.capacity, r.capacity), s.summit_id::text, s.id::text " + UPCOMING,
                List.of("summit", "session"));
    }
}
