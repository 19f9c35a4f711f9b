package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** invitation.accepted events through the real broker: creation, duplicates, poison messages. */
@QuarkusTest
class InvitationEventsConsumerTest {
    private static final String TOPIC = "summit.invitations";

    static String accepted(UUID invitationId, UUID attendeeId, String name) {
        return "{\"invitationId\": \"" + invitationId + "\", \"attendeeId\": \"" + attendeeId + "\", \"email\": "
                + "\"" + attendeeId + "@example.com\", \"fullName\": \"" + name + "\", \"company\": \"Example Tech\", "
                + "\"jobTitle\": \"OSPO lead\", \"locale\": \"en\", \"acceptedAt\": \"2027-01-10T10:00:00+08:00\"}";
    }

    @Test
    void anAcceptedInvitationBecomesAnAttendeeWhoIsAnnounced() {
        UUID invitationId = UUID.randomUUID();
        UUID attendeeId = UUID.randomUUID();
        try (TestKafka.Reader attendees = TestKafka.tail("summit.attendees")) {
            TestKafka.sendCloudEvent(
                    TOPIC,
                    invitationId.toString(),
                    UUID.randomUUID().toString(),
                    "invitation.accepted",
                    accepted(invitationId, attendeeId, "Han Meimei"));
            awaitAttendee(attendeeId)
                    .body("fullName", equalTo("Han Meimei"))
                    .body("invitationId", equalTo(invitationId.toString()))
                    .body("readiness", equalTo("NOT_STARTED"))
                    .body("completeness", equalTo(0));
            ConsumerRecord<String, String> registered =
                    attendees.await(r -> attendeeId.toString().equals(r.key()), Duration.ofSeconds(30));
            assertEquals("attendee.registered", TestKafka.header(registered, "ce_type"));
        }
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        UUID invitationId = UUID.randomUUID();
        UUID attendeeId = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        try (TestKafka.Reader attendees = TestKafka.tail("summit.attendees")) {
            for (int i = 0; i < 2; i++) {
                TestKafka.sendCloudEvent(
                        TOPIC,
                        invitationId.toString(),
                        ceId,
                        "invitation.accepted",
                        accepted(invitationId, attendeeId, "Twice Delivered"));
            }
            awaitAttendee(attendeeId);
            // a redelivery of the same data under a new id (a replayed outbox row) is also absorbed
            TestKafka.sendCloudEvent(
                    TOPIC,
                    invitationId.toString(),
                    UUID.randomUUID().toString(),
                    "invitation.accepted",
                    accepted(invitationId, attendeeId, "Twice Delivered"));
            assertEquals(1, count("select count(*) from processed_event where event_id = ?", ceId));
            assertEquals(
                    1,
                    attendees
                            .all(r -> attendeeId.toString().equals(r.key()), Duration.ofSeconds(3))
                            .size(),
                    "one attendee.registered");
            assertEquals(1, count("select count(*) from attendee where id = ?::uuid", attendeeId.toString()));
        }
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String notACloudEvent = "poison-" + UUID.randomUUID();
        String unreadable = "poison-" + UUID.randomUUID();
        try (TestKafka.Reader dlq = TestKafka.tail("summit.dlq")) {
            TestKafka.sendCloudEvent(TOPIC, notACloudEvent, null, null, "{\"hello\": 1}");
            TestKafka.sendCloudEvent(
                    TOPIC,
                    unreadable,
                    UUID.randomUUID().toString(),
                    "invitation.accepted",
                    "{\"attendeeId\": \"not-a-uuid\"");
            ConsumerRecord<String, String> first =
                    dlq.await(r -> notACloudEvent.equals(r.key()), Duration.ofSeconds(30));
            dlq.await(r -> unreadable.equals(r.key()), Duration.ofSeconds(30));
            // the reason names the consumer that gave up and why
            String reason = TestKafka.header(first, "dead-letter-reason");
            org.junit.jupiter.api.Assertions.assertTrue(
                    reason != null && reason.startsWith("attendee-service.invitations: not a CloudEvent"), reason);
        }
        UUID attendeeId = UUID.randomUUID();
        TestKafka.sendCloudEvent(
                TOPIC,
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                "invitation.accepted",
                accepted(UUID.randomUUID(), attendeeId, "After The Poison"));
        awaitAttendee(attendeeId).body("fullName", equalTo("After The Poison"));
    }

    static io.restassured.response.ValidatableResponse awaitAttendee(UUID attendeeId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth()
                                .oauth2(TestTokens.attendee(attendeeId))
                                .get("/api/attendees/me")
                                .statusCode()
                        == 200);
        return given().auth()
                .oauth2(TestTokens.attendee(attendeeId))
                .get("/api/attendees/me")
                .then()
                .statusCode(200);
    }

    static long count(String sql, String parameter) throws Exception {
        return TestDb.count("summit_attendee_test", sql, parameter);
    }
}
