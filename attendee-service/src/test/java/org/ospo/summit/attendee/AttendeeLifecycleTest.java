package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.testing.TestKafka;
import org.ospo.summit.platform.testing.TestTokens;

/** Attendees follow the invitation events through the real broker: withdrawal, out-of-order, duplicates. */
@QuarkusTest
class AttendeeLifecycleTest {
    private static final String TOPIC = "summit.invitations";

    static void send(String type, UUID invitationId, String json) {
        TestKafka.sendCloudEvent(
                TOPIC, invitationId.toString(), UUID.randomUUID().toString(), type, json);
    }

    static String declined(UUID invitationId, UUID attendeeId) {
        return "{\"invitationId\": \"" + invitationId + "\", \"attendeeId\": "
                + (attendeeId == null ? "null" : "\"" + attendeeId + "\"")
                + ", \"reason\": \"Travelling\", \"declinedAt\": \"2027-01-12T10:00:00+08:00\"}";
    }

    static String revoked(UUID invitationId, UUID attendeeId) {
        return "{\"invitationId\": \"" + invitationId + "\", \"attendeeId\": \"" + attendeeId + "\", "
                + "\"revokedAt\": \"2027-01-12T10:00:00+08:00\"}";
    }

    /** The attendee's status, or null while attendee-service has not got them (yet). */
    static String status(UUID attendeeId) {
        var response = given().auth().oauth2(TestTokens.organizer()).get("/api/attendees/" + attendeeId);
        return response.statusCode() == 200 ? response.path("status") : null;
    }

    @Test
    void declineAfterAcceptingWithdrawsAndIsAnnouncedOnce() {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        send(
                "invitation.accepted",
                invitation,
                InvitationEventsConsumerTest.accepted(invitation, attendee, "Leaving Soon"));
        InvitationEventsConsumerTest.awaitAttendee(attendee);
        try (TestKafka.Reader out = TestKafka.tail("summit.attendees")) {
            send("invitation.declined", invitation, declined(invitation, attendee));
            send("invitation.declined", invitation, declined(invitation, attendee));
            var withdrawn = out.await(
                    r -> attendee.toString().equals(r.key())
                            && "attendee.withdrawn".equals(TestKafka.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertTrue(withdrawn.value().contains("\"reason\":\"DECLINED\""), withdrawn.value());
            assertEquals(
                    1,
                    out.all(
                                    r -> "attendee.withdrawn".equals(TestKafka.header(r, "ce_type"))
                                            && attendee.toString().equals(r.key()),
                                    Duration.ofSeconds(3))
                            .size(),
                    "announced once");
        }
        given().auth()
                .oauth2(TestTokens.attendee(attendee))
                .get("/api/attendees/me")
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("withdrawnAt", notNullValue());
    }

    @Test
    void revokingAnAcceptedInvitationWithdrawsTheAttendee() {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        send(
                "invitation.accepted",
                invitation,
                InvitationEventsConsumerTest.accepted(invitation, attendee, "Revoked One"));
        InvitationEventsConsumerTest.awaitAttendee(attendee);
        send("invitation.revoked", invitation, revoked(invitation, attendee));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(status(attendee)));
    }

    @Test
    void aWithdrawalThatArrivesBeforeItsAcceptanceIsNotLost() {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        try (TestKafka.Reader out = TestKafka.tail("summit.attendees")) {
            send("invitation.declined", invitation, declined(invitation, attendee));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "WITHDRAWN".equals(status(attendee)));
            send(
                    "invitation.accepted",
                    invitation,
                    InvitationEventsConsumerTest.accepted(invitation, attendee, "Too Late"));
            // a later event on the same partition proves the acceptance was consumed before it
            UUID marker = UUID.randomUUID();
            send(
                    "invitation.accepted",
                    invitation,
                    InvitationEventsConsumerTest.accepted(UUID.randomUUID(), marker, "Marker"));
            InvitationEventsConsumerTest.awaitAttendee(marker);
            assertEquals("WITHDRAWN", status(attendee));
            assertEquals(
                    0,
                    out.all(r -> attendee.toString().equals(r.key()), Duration.ofSeconds(2))
                            .size(),
                    "a withdrawn person is never announced as registered");
        }
    }

    @Test
    void aDeclineBeforeAcceptingCreatesNobody() throws Exception {
        UUID invitation = UUID.randomUUID();
        send("invitation.declined", invitation, declined(invitation, null));
        UUID marker = UUID.randomUUID();
        send(
                "invitation.accepted",
                UUID.randomUUID(),
                InvitationEventsConsumerTest.accepted(UUID.randomUUID(), marker, "Marker"));
        InvitationEventsConsumerTest.awaitAttendee(marker);
        assertEquals(
                0,
                InvitationEventsConsumerTest.count(
                        "select count(*) from attendee where invitation_id = ?::uuid", invitation.toString()));
    }
}
