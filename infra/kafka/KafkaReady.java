import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Readiness probe for the project's broker: creates the suite's topics (idempotently) and succeeds only once a
 * producer with acks=all has had a record acknowledged. Usage: java -cp 'lib/*' KafkaReady.java BOOTSTRAP TIMEOUT_S TOPIC...
 * Client security settings (SASL, TLS) come from the properties file named by KAFKA_CLIENT_PROPERTIES, if set.
 */
public class KafkaReady {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        List<String> topics = List.of(args).subList(2, args.length);
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                createTopics(bootstrap, topics);
                send(bootstrap);
                System.out.println("kafka ready at " + bootstrap);
                return;
            } catch (Exception e) {
                last = e;
                Thread.sleep(500);
            }
        }
        System.err.println("kafka not ready at " + bootstrap + ": " + last);
        System.exit(1);
    }

    static Properties client() throws java.io.IOException {
        Properties p = new Properties();
        String file = System.getenv("KAFKA_CLIENT_PROPERTIES");
        if (file != null && !file.isEmpty()) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))) {
                p.load(in);
            }
        }
        return p;
    }

    static void createTopics(String bootstrap, List<String> topics) throws Exception {
        Properties p = client();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(p)) {
            for (String topic : topics) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(5, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }

    static void send(String bootstrap) throws Exception {
        Properties p = client();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(p, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("summit.health", "probe", "ready")).get(5, TimeUnit.SECONDS);
        }
    }
}
