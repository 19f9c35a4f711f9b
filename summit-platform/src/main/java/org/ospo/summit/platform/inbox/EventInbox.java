package org.ospo.summit.platform.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.ospo.summit.contracts.events.EventType;
import org.ospo.summit.platform.config.PlatformSettings;
import org.ospo.summit.platform.db.DbErrors;
import org.ospo.summit.platform.metrics.LatencyBuckets;
import org.ospo.summit.platform.time.SummitClock;

/**
 * Idempotent consumption: the handler's effect and a {@code processed_event} row keyed by (consumer, ce_id) commit
 * in one transaction, so the same event delivered twice has one effect. A poison message is nacked at once, which
 * the channel's {@code failure-strategy=dead-letter-queue} turns into a record on {@code summit.dlq}. While the
 * database is unavailable (restarting, out of reach) the event is retried with back-off for as long as that lasts
 * (capped at 5 s between tries): it is a valid event, and dead-lettering it would lose it. Any other failure is
 * retried {@code summit.inbox.retries} times and then dead-lettered, so one bad event never stops the consumer.
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final String CLAIM = "insert into processed_event (consumer, event_id, event_type, processed_at) "
            + "values (:consumer, :id, :type, now()) on conflict do nothing";

    private static final Set<EventType> ALL = Collections.unmodifiableSet(EnumSet.allOf(EventType.class));

    private final MeterRegistry registry;
    private final SummitClock clock;
    private final int retries;

    public EventInbox(MeterRegistry registry, PlatformSettings settings, SummitClock clock) {
        this.registry = registry;
        this.clock = clock;
        this.retries = settings.inbox().retries();
    }

    public Uni<Void> process(String consumer, Message<String> message, Function<InboundEvent, Uni<Void>> handler) {
        return process(consumer, message, ALL, handler);
    }

    /**
     * For a consumer of a shared topic that acts on some event types only: the others (and types this build does not
     * know) are acknowledged at once, without a transaction or an inbox row — delivering them again is as harmless
     * as the first time.
     */
    public Uni<Void> process(
            String consumer,
            Message<String> message,
            Set<EventType> wanted,
            Function<InboundEvent, Uni<Void>> handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(message);
        } catch (PoisonMessageException e) {
            return reject(consumer, message, e);
        }
        if (event.eventType().filter(wanted::contains).isEmpty()) {
            registry.counter("summit.inbox.events", "consumer", consumer, "type", event.type(), "outcome", "skipped")
                    .increment();
            return Uni.createFrom().completionStage(message.ack());
        }
        return handle(consumer, message, event, handler);
    }

    private Uni<Void> handle(
            String consumer, Message<String> message, InboundEvent event, Function<InboundEvent, Uni<Void>> handler) {
        return Panache.withTransaction(() -> claim(consumer, event)
                        .chain(first -> first
                                ? handler.apply(event).replaceWith(Boolean.TRUE)
                                : Uni.createFrom().item(Boolean.FALSE)))
                .onFailure(DbErrors::isUnavailable)
                .invoke(e -> unavailable(consumer, e))
                .onFailure(DbErrors::isUnavailable)
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .indefinitely()
                .onFailure(e -> !(e instanceof PoisonMessageException))
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(retries)
                .onItemOrFailure()
                .transformToUni((handled, error) -> {
                    if (error != null) {
                        return reject(consumer, message, error);
                    }
                    registry.counter(
                                    "summit.inbox.events",
                                    "consumer",
                                    consumer,
                                    "type",
                                    event.type(),
                                    "outcome",
                                    handled ? "processed" : "duplicate")
                            .increment();
                    if (handled) {
                        // one line per effect: with tracing on it names the trace of the request behind the event
                        LOG.infof("%s: %s %s processed", consumer, event.type(), event.id());
                        if (event.time() != null) {
                            visible(consumer, event.type()).record(Duration.between(event.time(), clock.now()));
                        }
                    }
                    return Uni.createFrom().completionStage(message.ack());
                });
    }

    /**
     * From the event's time (the producing transaction's) to its effect committed here: how long "accepted" takes to
     * become an attendee, an eligibility, a mail. Its buckets are {@link LatencyBuckets#EVENTS}.
     */
    private Timer visible(String consumer, String type) {
        return Timer.builder("summit.event.visible")
                .description("From an event's time to its effect committed by this consumer")
                .tags("consumer", consumer, "type", type)
                .serviceLevelObjectives(LatencyBuckets.EVENTS)
                .register(registry);
    }

    private void unavailable(String consumer, Throwable error) {
        LOG.warnf("%s: database unavailable, will retry the event: %s", consumer, error.toString());
        registry.counter("summit.inbox.retries", "consumer", consumer, "cause", "database-unavailable")
                .increment();
    }

    private Uni<Boolean> claim(String consumer, InboundEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(CLAIM)
                        .setParameter("consumer", consumer)
                        .setParameter("id", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private Uni<Void> reject(String consumer, Message<String> message, Throwable error) {
        LOG.warnf("%s: dead-lettering a message: %s", consumer, error.getMessage());
        registry.counter("summit.inbox.events", "consumer", consumer, "type", "unknown", "outcome", "dead-lettered")
                .increment();
        // the dead-letter record's reason names the consumer that gave up (two groups may reject the same record)
        return Uni.createFrom()
                .completionStage(message.nack(new PoisonMessageException(consumer + ": " + error.getMessage(), error)));
    }
}
