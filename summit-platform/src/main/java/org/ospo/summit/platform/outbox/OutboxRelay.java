package org.ospo.summit.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;
import org.ospo.summit.platform.relay.PeriodicRelay;
import org.ospo.summit.platform.time.SummitClock;
import org.ospo.summit.platform.tracing.TraceContext;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode: ce_* headers, JSON value, aggregate id as
 * key) and marks them published. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas share
 * the work without sending a row twice; within a batch an aggregate's rows go out in commit order and stop at its
 * first failure, so a later event of an aggregate never overtakes an earlier one, while different aggregates go out
 * side by side. Kafka down = rows wait, never lost.
 * {@link OutboxWakeUp} runs it as soon as a transaction that wrote rows commits (PostgreSQL NOTIFY); a
 * {@link PeriodicRelay} also drives it every {@code summit.outbox.poll-interval} (200 ms by default), the fallback
 * for a listener that is reconnecting and the retry of rows Kafka refused.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = "select * from outbox_event where published_at is null "
            + "order by id limit :batch for update skip locked";

    private final MutinyEmitter<String> emitter;
    private final URI source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failed;
    private final Duration pollInterval;
    private final PeriodicRelay timer;
    private final SummitClock clock;

    public OutboxRelay(
            @Channel("outbox") MutinyEmitter<String> emitter,
            Vertx vertx,
            OutboxSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String application,
            MeterRegistry registry,
            SummitClock clock) {
        this.emitter = emitter;
        this.pollInterval = settings.pollInterval();
        this.timer = new PeriodicRelay(vertx, "outbox relay", this::relayBatch, settings.batchSize());
        this.source = URI.create("/summit/" + application);
        this.batchSize = settings.batchSize();
        this.sendTimeout = settings.sendTimeout();
        this.published = registry.counter("summit.outbox.published");
        this.failed = registry.counter("summit.outbox.failed");
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        timer.start(pollInterval);
    }

    void stop(@Observes ShutdownEvent event) {
        timer.stop();
    }

    /** a pass now: rows were committed */
    public void wake() {
        timer.wake();
    }

    /**
     * Publishes one batch of pending rows; returns how many were published. The first aggregate's rows go first, one
     * after the other: if Kafka refuses them, the pass ends there (while the broker is away each pass risks one send,
     * not a batch of sends that could still be queued in the producer, and delivered, after they timed out here).
     * Then the other aggregates go side by side (the producer batches them), each aggregate's rows one after the
     * other in commit order, stopping at its first failure. The published rows are marked with one statement.
     */
    public Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, OutboxEvent.class)
                        .setParameter("batch", batchSize)
                        .getResultList()
                        .chain(rows -> {
                            if (rows.isEmpty()) {
                                return Uni.createFrom().item(0);
                            }
                            Map<String, List<OutboxEvent>> byAggregate = new LinkedHashMap<>();
                            rows.forEach(row -> byAggregate
                                    .computeIfAbsent(row.topic + " " + row.aggregateId, k -> new ArrayList<>())
                                    .add(row));
                            List<List<OutboxEvent>> aggregates = new ArrayList<>(byAggregate.values());
                            // the producer acknowledges on its own thread: back to this pass's context for the session
                            Context context = Vertx.currentContext();
                            return sendInOrder(aggregates.get(0), 0, new ArrayList<>())
                                    .chain(first ->
                                            first.size() < aggregates.get(0).size() || aggregates.size() == 1
                                                    ? Uni.createFrom().item(first)
                                                    : sendSideBySide(aggregates.subList(1, aggregates.size()))
                                                            .map(rest -> concat(first, rest)))
                                    .emitOn(task -> context.runOnContext(v -> task.run()))
                                    .chain(sent -> markPublished(session, sent));
                        })));
    }

    /** The aggregates' rows side by side (each aggregate's in order); the rows sent. */
    private Uni<List<OutboxEvent>> sendSideBySide(List<List<OutboxEvent>> aggregates) {
        List<Uni<List<OutboxEvent>>> chains = aggregates.stream()
                .map(rows -> sendInOrder(rows, 0, new ArrayList<>()))
                .toList();
        return Uni.join()
                .all(chains)
                .andFailFast()
                .map(sent -> sent.stream().flatMap(List::stream).toList());
    }

    private static List<OutboxEvent> concat(List<OutboxEvent> first, List<OutboxEvent> rest) {
        List<OutboxEvent> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }

    /** Sends an aggregate's rows from {@code index} on, one after the other; the rows sent, up to the first failure. */
    private Uni<List<OutboxEvent>> sendInOrder(List<OutboxEvent> rows, int index, List<OutboxEvent> sent) {
        if (index >= rows.size()) {
            return Uni.createFrom().item(sent);
        }
        OutboxEvent row = rows.get(index);
        return send(row)
                .onItem()
                .transformToUni(ignored -> {
                    sent.add(row);
                    return sendInOrder(rows, index + 1, sent);
                })
                .onFailure()
                .recoverWithItem(error -> {
                    if (!sent.contains(row)) {
                        row.failed(error);
                        failed.increment();
                        LOG.warnf(
                                "outbox event %s (%s) not published yet, attempt %d: %s",
                                row.eventId, row.type, row.attempts, error.toString());
                    }
                    return sent;
                });
    }

    private Uni<Integer> markPublished(Mutiny.Session session, List<OutboxEvent> sent) {
        if (sent.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        // one statement text whatever the count (an expanded "in (?, ?, …)" would be a new query plan per count)
        Long[] ids = sent.stream().map(row -> row.id).toArray(Long[]::new);
        return session.createNativeQuery("update outbox_event set published_at = :at, attempts = attempts + 1, "
                        + "last_error = null where id = any(:ids)")
                .setParameter("at", clock.now())
                .setParameter("ids", ids)
                .executeUpdate()
                .invoke(n -> published.increment(n));
    }

    private Uni<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(row.topic)
                        .withKey(row.aggregateId)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId.toString())
                        .withType(row.type)
                        .withSource(source)
                        .withSubject(row.aggregateId)
                        .withDataContentType("application/json")
                        .withTimestamp(row.createdAt.toZonedDateTime())
                        .build())
                // published as a child of the span that wrote the row: the connector sends it on as traceparent
                .addMetadata(TracingMetadata.withCurrent(TraceContext.restore(row.traceParent)));
        return emitter.sendMessage(message).ifNoItem().after(sendTimeout).fail();
    }
}
