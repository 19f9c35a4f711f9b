package org.ospo.summit.invitation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestBroker;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;

/**
 * The transactional outbox against the real broker: published with CloudEvents headers; a backlog once, in order per
 * aggregate; Kafka down = delayed.
 */
@QuarkusTest
class OutboxTest {

    @Test
    void createdInvitationIsPublishedAsACloudEvent() throws Exception {
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            String id = Invitations.create(Invitations.uniqueEmail())
                    .statusCode(201)
                    .extract()
                    .path("id");
            ConsumerRecord<String, String> record = reader.await(r -> id.equals(r.key()), Duration.ofSeconds(30));
            assertEquals("invitation.created", TestKafka.header(record, "ce_type"));
            assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
            assertEquals("/summit/invitation-service", TestKafka.header(record, "ce_source"));
            assertNotNull(TestKafka.header(record, "ce_time"));
            assertEquals(outboxRow(id).eventId, TestKafka.header(record, "ce_id"));
            org.hamcrest.MatcherAssert.assertThat(record.value(), org.hamcrest.Matchers.containsString(id));
        }
    }

    @Test
    void anEventWrittenWhileKafkaIsDownIsPublishedWhenItIsBack() throws Exception {
        TestBroker.stop();
        String id;
        try {
            id = Invitations.create(Invitations.uniqueEmail())
                    .statusCode(201)
                    .body("status", equalTo("SENT"))
                    .extract()
                    .path("id");
            // the relay tries, fails, and keeps the row: nothing is lost while the broker is away
            Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> outboxRow(id).attempts > 0);
            assertNull(outboxRow(id).publishedAt);
        } finally {
            TestBroker.start();
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> outboxRow(id).publishedAt != null);
        String eventId = outboxRow(id).eventId;
        try (TestKafka.Reader reader = TestKafka.fromBeginning("summit.invitations")) {
            ConsumerRecord<String, String> record =
                    reader.await(r -> eventId.equals(TestKafka.header(r, "ce_id")), Duration.ofSeconds(30));
            assertEquals(id, record.key());
        }
    }

    /**
     * A backlog of 20 aggregates × 5 events committed at once goes out in one batch, the aggregates side by side:
     * every event exactly once, each aggregate's in commit order, every row marked published after one attempt.
     */
    @Test
    void aBacklogGoesOutOnceEachAggregateInOrder() throws Exception {
        String run = UUID.randomUUID().toString();
        StringBuilder insert = new StringBuilder("insert into outbox_event (event_id, topic, event_type, aggregate_id, "
                + "payload, created_at) values ");
        for (int seq = 0; seq < 5; seq++) {
            for (int aggregate = 0; aggregate < 20; aggregate++) {
                insert.append(seq + aggregate == 0 ? "" : ", ")
                        .append("(gen_random_uuid(), 'summit.invitations', " + "'test.relay-order', '")
                        .append(run)
                        .append('-')
                        .append(aggregate)
                        .append("', '{\"seq\": ")
                        .append(seq)
                        .append("}', now())");
            }
        }
        try (TestKafka.Reader reader = TestKafka.tail("summit.invitations")) {
            assertEquals(100, TestDb.execute("summit_invitation_test", insert.toString()));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> TestDb.count(
                                    "summit_invitation_test",
                                    "select count(*) from outbox_event where aggregate_id like ? "
                                            + "and published_at is not null",
                                    run + "-%")
                            == 100);
            assertEquals(
                    0,
                    TestDb.count(
                            "summit_invitation_test",
                            "select count(*) from outbox_event where "
                                    + "aggregate_id like ? and (attempts <> 1 or last_error is not null)",
                            run + "-%"),
                    "each row published at its first attempt");
            var records = reader.all(r -> r.key().startsWith(run), Duration.ofSeconds(3));
            assertEquals(100, records.size(), "every event exactly once");
            assertEquals(
                    100,
                    records.stream()
                            .map(r -> TestKafka.header(r, "ce_id"))
                            .distinct()
                            .count());
            Map<String, List<String>> seqs = new HashMap<>();
            records.forEach(
                    r -> seqs.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
            seqs.forEach((aggregate, values) -> assertEquals(
                    List.of("{\"seq\": 0}", "{\"seq\": 1}", "{\"seq\": 2}", "{\"seq\": 3}", "{\"seq\": 4}"),
                    values,
                    aggregate + " in commit order"));
        }
    }

    record Row(String eventId, int attempts, Object publishedAt) {}

    static Row outboxRow(String aggregateId) throws Exception {
        try (Connection c = TestDb.connect("summit_invitation_test");
                PreparedStatement s = c.prepareStatement("select event_id, attempts, published_at from outbox_event "
                        + "where aggregate_id = ? and event_type = 'invitation.created'")) {
            s.setString(1, aggregateId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new AssertionError("no outbox row for " + aggregateId);
                }
                return new Row(rs.getObject(1, UUID.class).toString(), rs.getInt(2), rs.getObject(3));
            }
        }
    }
}
