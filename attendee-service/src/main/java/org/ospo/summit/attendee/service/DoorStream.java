package org.ospo.summit.attendee.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ospo.summit.attendee.api.CheckInView;
import org.ospo.summit.platform.json.JsonCodec;
import org.ospo.summit.platform.notify.PgListener;
import org.ospo.summit.platform.notify.ReadCacheSettings;

/**
 * The door as it happens, for {@code GET /api/checkins/stream}: every replica LISTENs on {@code door_checked_in},
 * which the database notifies at the commit of each first check-in (V8), whichever replica recorded it, with the
 * arrival as its payload; each notification becomes one {@link Arrival} for every stream open on this replica, in
 * commit order. While the listener
 * has no connection, arrivals may be missed: when it listens again (and when it hears its heartbeat again after a
 * silence) every stream gets a {@link Resync}, telling the screen to read {@code GET /api/checkins/stats} again.
 * A {@link KeepAlive} every {@link #KEEP_ALIVE} keeps idle streams open through the gateway (30 s idle timeout) and
 * other proxies. At shutdown (as soon as readiness turns down) every stream ends, so open streams never hold the
 * replica's graceful shutdown; the clients reconnect to another replica.
 */
@ApplicationScoped
public class DoorStream {
    private static final Logger LOG = Logger.getLogger(DoorStream.class);
    /** what a screen that reads slower than the door scans may fall behind by before its stream fails */
    private static final int BACKLOG = 1_000;

    static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    /** What a stream tells: someone came in, or it may have missed some. */
    public sealed interface DoorEvent permits Arrival, Resync, KeepAlive {}

    public record Arrival(CheckInView checkIn) implements DoorEvent {}

    public record Resync() implements DoorEvent {}

    public record KeepAlive() implements DoorEvent {}

    private final BroadcastProcessor<DoorEvent> events = BroadcastProcessor.create();
    private final PgListener listener;
    private final Vertx vertx;
    private volatile long keepAliveTimer = -1;
    private volatile boolean ended;
    private final ObjectReader notifications;
    /** the first LISTEN is no reconnection: nothing was missed before any stream could open */
    private volatile boolean listenedBefore;

    /** the payload of {@code door_checked_in} */
    record Notified(UUID attendeeId, String fullName, String company, long checkedInAtMicros) {
        CheckInView view() {
            Instant at = Instant.EPOCH.plus(checkedInAtMicros, ChronoUnit.MICROS);
            return new CheckInView(attendeeId, fullName, company, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        }
    }

    public DoorStream(Pool pool, Vertx vertx, ObjectMapper json, ReadCacheSettings settings) {
        this.vertx = vertx;
        this.notifications = json.readerFor(Notified.class);
        this.listener = new PgListener(
                "door",
                pool,
                vertx,
                settings.listenRetry(),
                settings.heartbeat(),
                Map.of("door_checked_in", this::arrived),
                this::listening,
                () -> LOG.warn("door stream: not listening; open streams will be told to resync"));
    }

    /** The events from now on (a hot stream), each subscriber holding up to {@value #BACKLOG} unread ones. */
    public Multi<DoorEvent> events() {
        return events.onOverflow().buffer(BACKLOG);
    }

    private void arrived(String payload) {
        try {
            Notified arrival = JsonCodec.read(notifications, payload, "a door_checked_in notification");
            emit(new Arrival(arrival.view()));
        } catch (IllegalStateException unreadable) {
            LOG.warnf("door stream: %s", unreadable.getMessage());
            emit(new Resync());
        }
    }

    private void listening() {
        if (listenedBefore) {
            emit(new Resync());
        }
        listenedBefore = true;
    }

    /** one at a time: the listener and the timer may call from different threads */
    private synchronized void emit(DoorEvent event) {
        if (!ended) {
            events.onNext(event);
        }
    }

    void start(@Observes StartupEvent event) {
        listener.start();
        keepAliveTimer = vertx.setPeriodic(KEEP_ALIVE.toMillis(), id -> emit(new KeepAlive()));
    }

    void draining(@Observes ShutdownDelayInitiatedEvent event) {
        end();
    }

    void stop(@Observes ShutdownEvent event) {
        listener.stop();
        end();
    }

    private synchronized void end() {
        if (keepAliveTimer >= 0) {
            vertx.cancelTimer(keepAliveTimer);
        }
        if (!ended) {
            ended = true;
            events.onComplete();
        }
    }
}
