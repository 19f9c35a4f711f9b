package org.ospo.summit.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * Events delivered again and events nobody can read. Every consumer group of the suite, the topic it reads and the
 * name its inbox and dead-letter reasons use: a poison record on each topic goes to summit.dlq once per group that
 * reads it and the groups go on past it; every group moved back to the beginning of its topics (a full replay, as an
 * operator's {@code kafka-consumer-groups --reset-offsets --to-earliest} does) changes no row of any database and
 * queues no mail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedeliveryIT {
    /** group id, topic, the consumer name in inbox rows and dead-letter reasons */
    private record Group(String id, String topic, String consumer) {}

    private static final List<Group> GROUPS = List.of(
            new Group("attendee-service", "summit.invitations", "attendee-service.invitations"),
            new Group("agenda-service.summit", "summit.invitations", "agenda-service.summit"),
            new Group("agenda-service", "summit.attendees", "agenda-service.attendees"),
            new Group("invitation-service", "summit.attendees", "invitation-service.attendees"),
            new Group("invitation-service.agenda", "summit.agenda", "invitation-service.agenda"));
    private static final List<String> DATABASES =
            List.of("summit_invitation_test", "summit_attendee_test", "summit_agenda_test");

    @BeforeAll
    static void suite() {
        Suite.startBehindGateway();
    }

    @Test
    @Order(1)
    void aPoisonRecordOnEveryConsumedTopicIsDeadLetteredByEachGroupAndTheGroupsGoOn() throws Exception {
        Map<String, RecordMetadata> poisons = new TreeMap<>();
        try (TestKafka.Reader dlq = TestKafka.tail("summit.dlq")) {
            for (String topic : List.of("summit.invitations", "summit.attendees", "summit.agenda")) {
                String key = "poison-" + UUID.randomUUID();
                poisons.put(key, TestKafka.sendCloudEvent(topic, key, null, null, "{\"not\": \"a CloudEvent\""));
            }
            for (Group group : GROUPS) {
                String key = poisons.entrySet().stream()
                        .filter(e -> e.getValue().topic().equals(group.topic))
                        .findFirst()
                        .orElseThrow()
                        .getKey();
                ConsumerRecord<String, String> dead = dlq.await(
                        r -> key.equals(r.key())
                                && String.valueOf(TestKafka.header(r, "dead-letter-reason"))
                                        .startsWith(group.consumer + ": "),
                        Duration.ofSeconds(60));
                assertEquals(group.topic, TestKafka.header(dead, "dead-letter-topic"));
            }
            // once per group that reads the topic, not more
            for (String key : poisons.keySet()) {
                long readers = GROUPS.stream()
                        .filter(g -> g.topic.equals(poisons.get(key).topic()))
                        .count();
                assertEquals(
                        readers,
                        dlq.all(r -> key.equals(r.key()), Duration.ofSeconds(1)).size(),
                        key);
            }
        }
        // each group committed past its poison record: it went on
        for (Group group : GROUPS) {
            RecordMetadata poison = poisons.values().stream()
                    .filter(m -> m.topic().equals(group.topic))
                    .findFirst()
                    .orElseThrow();
            TopicPartition partition = new TopicPartition(poison.topic(), poison.partition());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> TestKafka.committed(group.id).getOrDefault(partition, -1L) > poison.offset());
        }
        // and the suite's events flow as before: an acceptance becomes an attendee who may register
        String organizer = Suite.organizerToken();
        int seatsBefore = Suite.seatsLeft(organizer);
        Suite.freeSeats(organizer, 1);
        try {
            String token = Suite.invite(Suite.GATEWAY, organizer, 1, "after-poison")
                    .values()
                    .iterator()
                    .next();
            String attendeeId = given().header("X-Forwarded-For", Suite.clientAddress())
                    .post("/api/rsvp/" + token + "/accept")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("attendeeId");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> TestDb.count(
                                    "summit_agenda_test",
                                    "select count(*) from attendee_eligibility where attendee_id = ?::uuid"
                                            + " and status = 'ACTIVE'",
                                    attendeeId)
                            == 1);
        } finally {
            Suite.freeSeats(organizer, seatsBefore);
        }
    }

    @Test
    @Order(2)
    void aFullReplayOfEveryGroupChangesNothingAndMailsNobody() throws Exception {
        awaitQuiet();
        Map<String, String> before = snapshot();
        assertTrue(before.size() > 10, "the snapshot covers the suite's tables: " + before.keySet());
        assertTrue(
                Long.parseLong(TestDb.text("summit_invitation_test", "select count(*) from outgoing_mail")) > 0,
                "there are mails that a replay could send again");

        Suite.restartBackends(() -> GROUPS.forEach(g -> TestKafka.resetToEarliest(g.id, g.topic)));

        // every group read its topic again from the beginning, to the end ...
        awaitQuiet();
        // ... and recognised what it had handled: nothing changed, no mail queued twice
        Map<String, String> after = snapshot();
        List<String> changed = new ArrayList<>();
        before.forEach((table, digest) -> {
            if (!digest.equals(after.get(table))) {
                changed.add(table);
            }
        });
        assertEquals(List.of(), changed, "tables a full replay changed");
        assertEquals(before.keySet(), after.keySet());
        // the replay happened: each service's inbox read events again (counted since its restart), recognised the
        // ones it had handled and handled none anew
        double duplicates = 0;
        for (int port : new int[] {
            Suite.port("invitation-service"), Suite.port("attendee-service"), Suite.port("agenda-service")
        }) {
            String metrics = given().baseUri("http://127.0.0.1:" + Suite.management(port))
                    .get("/q/metrics")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString();
            Map<String, Double> outcomes = new TreeMap<>();
            metrics.lines()
                    .filter(l -> l.startsWith("summit_inbox_events_total"))
                    .forEach(l -> outcomes.merge(
                            l.replaceAll(".*outcome=\"([^\"]+)\".*", "$1"),
                            Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)),
                            Double::sum));
            assertTrue(
                    outcomes.values().stream().mapToDouble(Double::doubleValue).sum() > 0,
                    "service on :" + port + " read no event again: " + outcomes);
            assertEquals(0.0, outcomes.getOrDefault("processed", 0.0), "service on :" + port + ": " + outcomes);
            duplicates += outcomes.getOrDefault("duplicate", 0.0);
        }
        assertTrue(duplicates > 0, "no inbox recognised an event it had handled");
    }

    /** nothing left to publish in any outbox, nothing left to read for any group */
    private static void awaitQuiet() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    for (String db : DATABASES) {
                        if (TestDb.count(db, "select count(*) from outbox_event where published_at is null") > 0) {
                            return false;
                        }
                    }
                    return GROUPS.stream().allMatch(g -> TestKafka.lag(g.id, g.topic) == 0);
                });
    }

    /** database.table → a digest of all its rows (every table but Flyway's history) */
    private static Map<String, String> snapshot() throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        for (String db : DATABASES) {
            try (Connection c = TestDb.connect(db);
                    Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where "
                        + "table_schema = 'public' and table_type = 'BASE TABLE' and table_name not like 'flyway%'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                            + "order by t::text)), '') from \"" + table + "\" t")) {
                        rs.next();
                        digests.put(db + "." + table, rs.getString(1));
                    }
                }
            }
        }
        return digests;
    }
}
