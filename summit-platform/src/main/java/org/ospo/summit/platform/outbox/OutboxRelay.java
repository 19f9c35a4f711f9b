package org.ospo.summit.platform.outbox;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.ospo.summit.platform.relay.PeriodicRelay;
import org.ospo.summit.platform.time.SummitClock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Vertx;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode: ce_* headers, JSON value, aggregate id as
 * key) and marks them published. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas share
 * the work without sending a row twice; within a batch rows go out in commit order and the batch stops at the first
 * failure, so a later event of an aggregate never overtakes an earlier one. Kafka down = rows wait, never lost.
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

    public OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, Vertx vertx,
            @ConfigProperty(name = "summit.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval,
            @ConfigProperty(name = "quarkus.application.name") String application,
            @ConfigProperty(name = "summit.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "summit.outbox.send-timeout", defaultValue = "PT20S") Duration sendTimeout,
            MeterRegistry registry, SummitClock clock) {
        this.emitter = emitter;
        this.pollInterval = pollInterval;
        this.timer = new PeriodicRelay(vertx, "outbox relay", this::relayBatch);
        this.source = URI.create("/summit/" + application);
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
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

    /** Publishes one batch of pending rows; returns how many were published. */
    public Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM, OutboxEvent.class).setParameter("batch", batchSize)
                        .getResultList())
                .chain(rows -> sendFrom(rows, 0)));
    }

    private Uni<Integer> sendFrom(List<OutboxEvent> rows, int index) {
        if (index >= rows.size()) {
            return Uni.createFrom().item(index);
        }
        OutboxEvent row = rows.get(index);
        return send(row)
                .onItem().invoke(() -> {
                    row.published(clock.now());
                    published.increment();
                })
                .chain(() -> sendFrom(rows, index + 1))
                .onFailure().recoverWithItem(error -> {
                    if (row.publishedAt == null) {
                        row.failed(error);
                        failed.increment();
                        LOG.warnf("outbox event %s (%s) not published yet, attempt %d: %s", row.eventId, row.type,
                                row.attempts, error.toString());
                    }
                    return index;
                });
    }

    private Uni<Void> send(OutboxEvent row) {
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(row.topic).withKey(row.aggregateId)
                        .build())
                .addMetadata(OutgoingCloudEventMetadata.builder().withId(row.eventId.toString()).withType(row.type)
                        .withSource(source).withSubject(row.aggregateId).withDataContentType("application/json")
                        .withTimestamp(row.createdAt.toZonedDateTime()).build());
        return emitter.sendMessage(message).ifNoItem().after(sendTimeout).fail();
    }
}
