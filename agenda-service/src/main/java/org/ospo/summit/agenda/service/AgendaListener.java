package org.ospo.summit.agenda.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import org.ospo.summit.platform.notify.PgListener;
import org.ospo.summit.platform.notify.ReadCacheSettings;

/**
 * Keeps this replica's in-memory reads ({@link PublishedAgenda}, {@link SessionSeats}) as fresh as the database:
 * LISTENs on {@code agenda_published} and {@code agenda_seats} (migration V6), which every replica's writes notify at
 * commit. While the listener has no connection nothing is served from memory (every read asks the database), and
 * when it listens again memory starts empty. Staleness is therefore one notification's delivery (milliseconds); a
 * connection that stops delivering without closing is found by the heartbeat ({@code summit.read-cache.heartbeat},
 * 2 s; {@link org.ospo.summit.platform.notify.PgListener}), so even then a replica serves nothing older than three
 * heartbeats. {@code summit.read-cache.enabled=false} serves every read from the database.
 */
@ApplicationScoped
public class AgendaListener {
    private final PgListener listener;
    private final boolean enabled;

    public AgendaListener(
            Pool pool, Vertx vertx, PublishedAgenda agenda, SessionSeats seats, ReadCacheSettings settings) {
        this.enabled = settings.enabled();
        this.listener = new PgListener(
                "agenda read",
                pool,
                vertx,
                settings.listenRetry(),
                settings.heartbeat(),
                Map.of(
                        "agenda_published", payload -> agenda.changed(),
                        "agenda_seats", payload -> seats.changed(UUID.fromString(payload))),
                () -> {
                    agenda.memory().resume();
                    seats.memory().resume();
                },
                () -> {
                    agenda.memory().suspend();
                    seats.memory().suspend();
                });
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            listener.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        listener.stop();
    }
}
