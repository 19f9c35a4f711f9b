package org.ospo.summit.invitation.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import org.ospo.summit.platform.metrics.GaugeQuery;

/**
 * The seats and the RSVP outcomes of every edition still taking answers (PLANNING or OPEN), read from the database
 * ({@code DatabaseGauges}); the labels are edition ids and statuses, never a name.
 */
@ApplicationScoped
public class InvitationGauges {
    private static final String LIVE_EDITIONS = "from summit where status in ('PLANNING', 'OPEN')";

    @Produces
    @Singleton
    GaugeQuery seatsTaken() {
        return new GaugeQuery(
                "summit.seats.taken",
                "Seats taken (ACCEPTED invitations) per edition",
                "select seats_taken, id::text " + LIVE_EDITIONS,
                List.of("summit"));
    }

    @Produces
    @Singleton
    GaugeQuery seatsCapacity() {
        return new GaugeQuery(
                "summit.seats.capacity",
                "Seats an edition has",
                "select capacity, id::text " + LIVE_EDITIONS,
                List.of("summit"));
    }

    @Produces
    @Singleton
    GaugeQuery invitationsByStatus() {
        return new GaugeQuery(
                "summit.invitations",
                "Invitations per edition and status: the RSVP outcomes (ACCEPTED, DECLINED, WAITLISTED, EXPIRED) and "
                        + "those still open (DRAFT, SENT)",
                "select count(i.id), s.id::text, i.status from summit s join invitation i on i.summit_id = s.id "
                        + "where s.status in ('PLANNING', 'OPEN') group by s.id, i.status",
                List.of("summit", "status"));
    }
}
