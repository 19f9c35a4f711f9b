package org.ospo.summit.platform.outbox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Wakes the outbox relay when a transaction that wrote outbox rows commits, instead of leaving the rows to the next
 * poll: one connection of the pool LISTENs on the channel {@code outbox_event}, which a statement trigger on the
 * table notifies (migration V0_5; PostgreSQL delivers on commit only). A lost connection (the database restarting)
 * is opened again after {@code summit.outbox.listen-retry}; meanwhile, and always for rows Kafka refused, the poll
 * is the fallback. Every replica listens; {@code SKIP LOCKED} keeps them from sending a row twice.
 * {@code summit.outbox.listen=false} (SUMMIT_OUTBOX_LISTEN) leaves the relay to its poll alone: for a database
 * reached through a pooler in transaction mode (PgBouncer), where a session cannot LISTEN.
 */
@ApplicationScoped
public class OutboxWakeUp {
    static final String CHANNEL = "outbox_event";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final Pool pool;
    private final OutboxRelay relay;
    private final Vertx vertx;
    private final Duration retry;
    private final Counter wakeUps;
    private final boolean enabled;
    private volatile SqlConnection listening;
    private volatile boolean stopped;
    /** said once per outage, not once a second */
    private volatile boolean saidAway;

    public OutboxWakeUp(Pool pool, OutboxRelay relay, Vertx vertx,
            @ConfigProperty(name = "summit.outbox.listen-retry", defaultValue = "PT1S") Duration retry,
            @ConfigProperty(name = "summit.outbox.listen", defaultValue = "true") boolean enabled,
            MeterRegistry registry) {
        this.enabled = enabled;
        this.pool = pool;
        this.relay = relay;
        this.vertx = vertx;
        this.retry = retry;
        this.wakeUps = registry.counter("summit.outbox.wakeups");
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            listen();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        SqlConnection connection = listening;
        if (connection != null) {
            connection.closeAndForget();
        }
    }

    private void listen() {
        if (stopped) {
            return;
        }
        pool.getConnection().subscribe().with(connection -> {
            PgConnection pg = PgConnection.cast(connection);
            pg.notificationHandler(notification -> {
                wakeUps.increment();
                relay.wake();
            });
            pg.closeHandler(() -> {
                listening = null;
                if (!stopped) {
                    LOG.info("outbox listener lost its connection; the poll carries on until it is back");
                    later();
                }
            });
            connection.query("LISTEN " + CHANNEL).execute().subscribe().with(rows -> {
                listening = connection;
                saidAway = false;
                relay.wake(); // rows committed while nobody listened
            }, failure -> {
                LOG.warnf("outbox listener could not LISTEN: %s", failure.toString());
                connection.closeAndForget();
            });
        }, failure -> {
            if (!saidAway) {
                saidAway = true;
                LOG.warnf("outbox listener has no connection (%s); the poll carries on while it retries",
                        failure.toString());
            }
            later();
        });
    }

    private void later() {
        if (!stopped) {
            vertx.setTimer(retry.toMillis(), id -> listen());
        }
    }
}
