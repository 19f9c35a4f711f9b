package org.ospo.summit.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Map;
import org.ospo.summit.platform.notify.PgListener;

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
    /** the poll is the fallback anyway: a dead connection only needs noticing within a poll or two */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final PgListener listener;
    private final boolean enabled;

    public OutboxWakeUp(Pool pool, OutboxRelay relay, Vertx vertx, OutboxSettings settings, MeterRegistry registry) {
        this.enabled = settings.listen();
        Duration retry = settings.listenRetry();
        Counter wakeUps = registry.counter("summit.outbox.wakeups");
        this.listener = new PgListener(
                "outbox",
                pool,
                vertx,
                retry,
                HEARTBEAT,
                Map.of(CHANNEL, payload -> {
                    wakeUps.increment();
                    relay.wake();
                }),
                relay::wake /* rows committed while nobody listened */,
                () -> {});
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
