package org.ospo.summit.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.ospo.summit.platform.config.PlatformSettings;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Gauges whose truth is in the database (the outbox backlog, seats taken, registrations per session): every
 * {@link GaugeQuery} the service declares is read every {@code summit.metrics.poll-interval} on the reactive pool, off
 * the scrape, so a scrape never waits for the database and never blocks the event loop. A query that fails (the
 * database away) leaves its gauge at the last values read. Every replica reports the same figures: dashboards and
 * alerts take {@code max} over the replicas.
 */
@ApplicationScoped
public class DatabaseGauges {
    private static final Logger LOG = Logger.getLogger(DatabaseGauges.class);

    private final Map<GaugeQuery, MultiGauge> gauges = new LinkedHashMap<>();
    private final Pool pool;
    private final Vertx vertx;
    private final SummitClock clock;
    private final long everyMillis;
    private final AtomicBoolean polling = new AtomicBoolean();
    private long timer = -1;

    public DatabaseGauges(
            @Any Instance<GaugeQuery> queries,
            Pool pool,
            Vertx vertx,
            SummitClock clock,
            MeterRegistry registry,
            PlatformSettings settings) {
        this.pool = pool;
        this.vertx = vertx;
        this.clock = clock;
        this.everyMillis = settings.metrics().pollInterval().toMillis();
        queries.forEach(q -> gauges.put(
                q, MultiGauge.builder(q.name()).description(q.description()).register(registry)));
    }

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(0, everyMillis, id -> {
            if (polling.compareAndSet(false, true)) {
                poll().subscribe().with(done -> polling.set(false), e -> polling.set(false));
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Reads every gauge once (one query after the other). */
    public Uni<Void> poll() {
        return Multi.createFrom()
                .iterable(gauges.entrySet())
                .onItem()
                .transformToUniAndConcatenate(e -> read(e.getKey())
                        .invoke(rows -> e.getValue().register(rows, true))
                        .onFailure()
                        .invoke(error ->
                                LOG.debugf("gauge %s not read: %s", e.getKey().name(), error))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<List<MultiGauge.Row<?>>> read(GaugeQuery query) {
        var statement = pool.preparedQuery(query.sql());
        Uni<RowSet<Row>> rows = query.usesNow() ? statement.execute(Tuple.of(clock.now())) : statement.execute();
        return rows.map(set -> {
            List<MultiGauge.Row<?>> series = new ArrayList<>();
            for (Row row : set) {
                Tags tags = Tags.empty();
                for (int i = 0; i < query.tags().size(); i++) {
                    String value = row.getValue(i + 1) == null ? "" : String.valueOf(row.getValue(i + 1));
                    tags = tags.and(query.tags().get(i), value);
                }
                Number value = row.getValue(0) instanceof Number n ? n.doubleValue() : 0.0;
                series.add(MultiGauge.Row.of(tags, value));
            }
            return series;
        });
    }
}
