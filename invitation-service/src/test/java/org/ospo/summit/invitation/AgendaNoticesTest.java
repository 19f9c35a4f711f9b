package org.ospo.summit.invitation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;

/** session.changed / session.cancelled from the agenda, through the broker → a mail to each affected attendee. */
@QuarkusTest
class AgendaNoticesTest {
    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void roomy() {
        SummitSettings.roomy();
    }

    @Test
    void attendeesOfAMovedOrCancelledSessionAreMailedOnce() throws Exception {
        String email = Invitations.uniqueEmail();
        String token = Invitations.create(email).statusCode(201).extract().path("token");
        String attendee = given().post("/api/rsvp/" + token + "/accept")
                .then()
                .statusCode(200)
                .extract()
                .path("attendeeId");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> mailbox.getMailsSentTo(email).size() == 1);
        String session = UUID.randomUUID().toString();
        String ceId = UUID.randomUUID().toString();
        String changed = "{\"sessionId\": \"" + session + "\", \"version\": 4, \"title\": \"法律圆桌\", "
                + "\"startsAt\": \"2027-03-20T15:00:00+08:00\", \"endsAt\": \"2027-03-20T16:00:00+08:00\", \"room\": \"Room B\", "
                + "\"previousStartsAt\": \"2027-03-20T14:00:00+08:00\", \"previousEndsAt\": \"2027-03-20T15:00:00+08:00\", "
                + "\"previousRoom\": \"Room A\", \"attendeeIds\": [\"" + attendee + "\", \"" + UUID.randomUUID()
                + "\"]}";
        TestKafka.sendCloudEvent("summit.agenda", session, ceId, "session.changed", changed);
        TestKafka.sendCloudEvent("summit.agenda", session, ceId, "session.changed", changed);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(email).size() == 2);
        Mail moved = mailbox.getMailsSentTo(email).get(1);
        assertTrue(moved.getSubject().contains("法律圆桌"), moved.getSubject());
        assertTrue(moved.getText().contains("2027-03-20 15:00–16:00 (Asia/Shanghai)，Room B"), moved.getText());
        assertTrue(moved.getText().contains("2027-03-20 14:00–15:00 (Asia/Shanghai)，Room A"), moved.getText());

        TestKafka.sendCloudEvent(
                "summit.agenda",
                session,
                UUID.randomUUID().toString(),
                "session.cancelled",
                "{\"sessionId\": \"" + session + "\", \"version\": 5, \"title\": \"法律圆桌\", \"startsAt\": "
                        + "\"2027-03-20T15:00:00+08:00\", \"room\": \"Room B\", \"attendeeIds\": [\"" + attendee
                        + "\"]}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> mailbox.getMailsSentTo(email).size() == 3);
        assertTrue(mailbox.getMailsSentTo(email).get(2).getSubject().contains("已取消"));
        // the redelivered session.changed came before session.cancelled on the same key: it has been handled; its
        // mail, had it made one, is in the queue
        Outgoing.awaitAllSentTo(email);
        assertEquals(3, mailbox.getMailsSentTo(email).size(), "the redelivered session.changed mailed nobody twice");
    }
}
