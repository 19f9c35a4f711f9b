package org.ospo.summit.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Raw Kafka access for tests against the project's test broker: send records with CloudEvents headers (to test
 * consumers with duplicates and poison messages) and read what services published (to test producers).
 */
public final class TestKafka {
    private TestKafka() {}

    public static String bootstrap() {
        return System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092");
    }

    /** Sends a CloudEvent in binary mode; pass {@code ceId == null} to leave the ce_* headers out (a poison message). */
    public static RecordMetadata sendCloudEvent(String topic, String key, String ceId, String ceType, String json) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            if (ceId != null) {
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", ceId);
                header(record, "ce_type", ceType);
                header(record, "ce_source", "/summit/tests");
                header(record, "ce_time", OffsetDateTime.now().toString());
                header(record, "content-type", "application/json");
            }
            return producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        return Admin.create(p);
    }

    /**
     * Moves a consumer group back to the beginning of these topics, as {@code kafka-consumer-groups.sh --reset-offsets
     * --to-earliest} does: its next consumer replays everything. The group must have no member (its service stopped).
     */
    public static void resetToEarliest(String group, String... topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(everyPartition(admin, OffsetSpec.earliest(), topics))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not reset the offsets of " + group, e);
        }
    }

    /** every partition of these topics, each with the same offset spec */
    private static Map<TopicPartition, OffsetSpec> everyPartition(Admin admin, OffsetSpec spec, String... topics)
            throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        admin.describeTopics(List.of(topics))
                .allTopicNames()
                .get(10, TimeUnit.SECONDS)
                .forEach((topic, description) -> description
                        .partitions()
                        .forEach(p -> partitions.put(new TopicPartition(topic, p.partition()), spec)));
        return partitions;
    }

    /** The group's committed offset on each partition it has committed on. */
    public static Map<TopicPartition, Long> committed(String group) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> committed = new HashMap<>();
            admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS)
                    .forEach((tp, o) -> {
                        if (o != null) {
                            committed.put(tp, o.offset());
                        }
                    });
            return committed;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + group, e);
        }
    }

    /** How many records of these topics the group has not committed yet (every partition, all of it if never). */
    public static long lag(String group, String... topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> committed = committed(group);
            long lag = 0;
            for (var end : admin.listOffsets(everyPartition(admin, OffsetSpec.latest(), topics))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .entrySet()) {
                lag += end.getValue().offset() - committed.getOrDefault(end.getKey(), 0L);
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("could not measure the lag of " + group, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** A reader positioned at the current end of a topic: it sees only what is published after it was opened. */
    public static Reader tail(String topic) {
        return new Reader(topic, false);
    }

    /** A reader that starts at the beginning of a topic (the test broker is new for every test run). */
    public static Reader fromBeginning(String topic) {
        return new Reader(topic, true);
    }

    public static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        Reader(String topic, boolean fromBeginning) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            consumer = new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            if (fromBeginning) {
                consumer.seekToBeginning(partitions);
            } else {
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                ends.forEach(consumer::seek);
            }
        }

        /** Waits for a record matching the predicate; fails the test if none comes in time. */
        public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : seen) {
                    if (match.test(r)) {
                        return r;
                    }
                }
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            throw new AssertionError("no matching record within " + timeout + "; saw " + seen.size() + " record(s)");
        }

        /** Every record seen so far (after polling for the given time) that matches. */
        public List<ConsumerRecord<String, String>> all(
                Predicate<ConsumerRecord<String, String>> match, Duration wait) {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            return seen.stream().filter(match).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
