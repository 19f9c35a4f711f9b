package org.ospo.summit.platform.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.reactive.messaging.ce.DefaultCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * Consumer tests without a broker, the fast layer beside the real-broker tests: a test profile puts a service's
 * incoming channels and the outbox relay's channel on SmallRye's in-memory connector; events are made as the Kafka
 * connector delivers them (CloudEvents metadata from the ce_* headers, JSON data), and each delivery tells what the
 * consumer did with it: acknowledged, or nacked and why (on Kafka, a nack is a dead letter). Whether the service's
 * channels are wired to the broker, its topics and groups, stays the real-broker tests' job.
 */
public final class InMemoryEvents {
    public static final String CONNECTOR = "smallrye-in-memory";

    private InMemoryEvents() {}

    /**
     * A test profile with these incoming channels and the outbox's in memory, e.g. {@code public static class InMemory
     * extends InMemoryEvents.Profile { public InMemory() { super("attendees"); } }}.
     */
    public abstract static class Profile implements QuarkusTestProfile {
        private final String[] incoming;

        protected Profile(String... incoming) {
            this.incoming = incoming;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return channels(incoming);
        }
    }

    /** The profile's configuration: these incoming channels and the outbox channel in memory. */
    public static Map<String, String> channels(String... incoming) {
        Map<String, String> config = new HashMap<>();
        for (String channel : incoming) {
            config.put("mp.messaging.incoming." + channel + ".connector", CONNECTOR);
        }
        config.put("mp.messaging.outgoing.outbox.connector", CONNECTOR);
        return config;
    }

    /**
     * The channel's in-memory source, delivering on a Vert.x context as the Kafka connector does (the consumer's
     * Hibernate Reactive transaction needs one).
     */
    public static InMemorySource<Message<String>> source(InMemoryConnector connector, String channel) {
        return connector.<Message<String>>source(channel).runOnVertxContext(true);
    }

    /** A message and what became of it: null once acknowledged, the reason once nacked. */
    public record Delivery(Message<String> message, CompletableFuture<Throwable> outcome) {

        /** Waits for the consumer's verdict: null = acknowledged. */
        public Throwable verdict() throws Exception {
            return outcome.get(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A CloudEvent as the Kafka connector delivers it (binary mode). */
    public static Delivery cloudEvent(String id, String type, String data) {
        var event = new DefaultCloudEventMetadataBuilder<String>()
                .withId(id)
                .withType(type)
                .withSource(URI.create("/summit/test"))
                .withTimestamp(ZonedDateTime.now())
                .withData(data)
                .build();
        return delivery(data, Metadata.of(new DefaultIncomingCloudEventMetadata<>(event)));
    }

    /** A record without ce_* headers: no CloudEvent. */
    public static Delivery plain(String data) {
        return delivery(data, Metadata.empty());
    }

    /** What the outbox relay has sent so far: the events of this type about this aggregate (the ce subject). */
    public static List<? extends Message<String>> sent(InMemorySink<String> outbox, String type, String aggregateId) {
        return outbox.received().stream()
                .filter(m -> m.getMetadata(OutgoingCloudEventMetadata.class)
                        .filter(ce -> type.equals(ce.getType())
                                && aggregateId.equals(ce.getSubject().orElse(null)))
                        .isPresent())
                .toList();
    }

    private static Delivery delivery(String data, Metadata metadata) {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Message<String> message = Message.of(data, metadata)
                .withAck(() -> {
                    outcome.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(reason -> {
                    outcome.complete(reason);
                    return CompletableFuture.completedFuture(null);
                });
        return new Delivery(message, outcome);
    }
}
