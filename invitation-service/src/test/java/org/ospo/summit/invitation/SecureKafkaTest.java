package org.ospo.summit.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The service against a broker that accepts only SASL_SSL with SCRAM-SHA-512 (kafka.sh's "secure" instance),
 * configured through nothing but the environment names operators set (KAFKA_SECURITY_PROTOCOL,
 * KAFKA_SASL_JAAS_CONFIG, KAFKA_SSL_TRUSTSTORE_LOCATION/TYPE with the CA as PEM): its outbox publishes there; a wrong password or a plaintext
 * client gets nothing in.
 */
@QuarkusTest
@TestProfile(SecureKafkaTest.SecureBroker.class)
class SecureKafkaTest {
    static final String BOOTSTRAP = "127.0.0.1:29092";

    /** what kafka.sh wrote for clients of the secure instance */
    static Properties client() {
        Path state = Path.of(System.getenv().getOrDefault("SUMMIT_STATE_DIR", "../.summit"));
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(state.resolve("kafka-secure/client.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the secure test broker is not set up; run ./summit test", e);
        }
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        return p;
    }

    public static class SecureBroker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Properties c = client();
            // the variables of the deployment's environment (the platform maps them onto kafka.*)
            return Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS",
                    BOOTSTRAP,
                    "kafka.bootstrap.servers",
                    BOOTSTRAP,
                    "%test.kafka.bootstrap.servers",
                    BOOTSTRAP,
                    "KAFKA_SECURITY_PROTOCOL",
                    c.getProperty("security.protocol"),
                    "KAFKA_SASL_MECHANISM",
                    c.getProperty("sasl.mechanism"),
                    "KAFKA_SASL_JAAS_CONFIG",
                    c.getProperty("sasl.jaas.config"),
                    // the cluster CA as PEM, as Strimzi's <cluster>-cluster-ca-cert Secret holds it (ca.crt): no
                    // password
                    "KAFKA_SSL_TRUSTSTORE_LOCATION",
                    c.getProperty("ssl.truststore.location"),
                    "KAFKA_SSL_TRUSTSTORE_TYPE",
                    c.getProperty("ssl.truststore.type"));
        }
    }

    @Test
    void theOutboxPublishesOverSaslSsl() {
        Properties p = client();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "secure-test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("summit.invitations"));
            String id = Invitations.create(Invitations.uniqueEmail())
                    .statusCode(201)
                    .extract()
                    .path("id");
            ConsumerRecord<String, String> found = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (found == null && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (id.equals(r.key())
                            && r.headers().lastHeader("ce_type") != null
                            && "invitation.created"
                                    .equals(new String(
                                            r.headers().lastHeader("ce_type").value()))) {
                        found = r;
                    }
                }
            }
            assertNotNull(found, "invitation.created of " + id + " arrived through the SASL_SSL listener");
            assertEquals(
                    "/summit/invitation-service",
                    new String(found.headers().lastHeader("ce_source").value()));
        }
    }

    @Test
    void aWrongPasswordOrPlaintextGetsNothingIn() {
        Properties wrong = client();
        wrong.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"summit\" password=\"guessed\";");
        assertThrows(ExecutionException.class, () -> send(wrong));
        Properties plaintext = new Properties();
        plaintext.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        assertThrows(Exception.class, () -> send(plaintext));
    }

    private static void send(Properties p) throws Exception {
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("summit.health", "probe", "x")).get(10, TimeUnit.SECONDS);
        }
    }
}
