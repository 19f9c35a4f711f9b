package org.ospo.summit.attendee;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ospo.summit.platform.inbox.PoisonMessageException;
import org.ospo.summit.platform.testing.InMemoryEvents;
import org.ospo.summit.platform.testing.InMemoryEvents.Delivery;
import org.ospo.summit.platform.testing.TestDb;
import org.ospo.summit.platform.testing.TestTokens;

/**
 * The invitation events' consumer logic without a broker (the in-memory connector; the real database): what each
 * event does to an attendee, what the outbox relay then sends, and which messages are acknowledged or dead-lettered.
 * {@link InvitationEventsConsumerTest} proves the same consumer wired to the real broker.
 */
@QuarkusTest
@TestProfile(InvitationEventsInMemoryTest.InMemory.class)
class InvitationEventsInMemoryTest {
    public static class InMemory extends InMemoryEvents.Profile {
        public InMemory() {
            super("invitations");
        }
    }

    @Inject
    @Connector(InMemoryEvents.CONNECTOR)
    InMemoryConnector connector;

    private InMemorySource<Message<String>> invitations;
    private InMemorySink<String> outbox;

    @BeforeEach
    void channels() {
        invitations = InMemoryEvents.source(connector, "invitations");
        outbox = connector.sink("outbox");
    }

    @Test
    void anAcceptanceDeliveredTwiceRegistersOneAttendeeAnnouncedOnce() throws Exception {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        String data = InvitationEventsConsumerTest.accepted(invitation, attendee, "Li Lei");

        for (int i = 0; i < 2; i++) {
            Delivery delivery = InMemoryEvents.cloudEvent(ceId, "invitation.accepted", data);
            invitations.send(delivery.message());
            assertNull(delivery.verdict(), "acknowledged");
        }

        attendee(attendee).body("fullName", equalTo("Li Lei")).body("status", equalTo("ACTIVE"));
        assertEquals(1, count("select count(*) from processed_event where event_id = ?", ceId));
        awaitAllSent();
        assertEquals(
                1,
                InMemoryEvents.sent(outbox, "attendee.registered", attendee.toString())
                        .size());
    }

    @Test
    void aDeclineAfterAcceptingWithdrawsTheAttendeeAndARevocationAfterThatChangesNothing() throws Exception {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();
        accept(invitation, attendee);

        deliver(
                "invitation.declined",
                "{\"invitationId\": \"" + invitation + "\", \"summitId\": 1, \"attendeeId\": \"" + attendee
                        + "\", \"reason\": \"plans changed\", \"declinedAt\": \"2027-02-01T10:00:00+08:00\"}");
        deliver(
                "invitation.revoked",
                "{\"invitationId\": \"" + invitation + "\", \"summitId\": 1, \"attendeeId\": \"" + attendee
                        + "\", \"revokedAt\": \"2027-02-02T10:00:00+08:00\"}");

        attendee(attendee).body("status", equalTo("WITHDRAWN"));
        assertEquals(
                "DECLINED",
                TestDb.text(DB, "select withdraw_reason from attendee where id = ?::uuid", attendee.toString()));
        awaitAllSent();
        assertEquals(
                1,
                InMemoryEvents.sent(outbox, "attendee.withdrawn", attendee.toString())
                        .size());
        assertTrue(InMemoryEvents.sent(outbox, "attendee.withdrawn", attendee.toString())
                .get(0)
                .getPayload()
                .contains("\"reason\":\"DECLINED\""));
    }

    @Test
    void aRevocationBeforeTheAcceptanceArrivedKeepsThePersonWithdrawn() throws Exception {
        UUID invitation = UUID.randomUUID();
        UUID attendee = UUID.randomUUID();

        deliver(
                "invitation.revoked",
                "{\"invitationId\": \"" + invitation + "\", \"summitId\": 1, \"attendeeId\": \"" + attendee
                        + "\", \"revokedAt\": \"2027-02-02T10:00:00+08:00\"}");
        accept(invitation, attendee);

        assertEquals(
                "WITHDRAWN", TestDb.text(DB, "select status from attendee where id = ?::uuid", attendee.toString()));
        assertEquals(
                "NEVER_RECEIVED",
                TestDb.text(DB, "select profile from attendee where id = ?::uuid", attendee.toString()),
                "a tombstone: the acceptance that came later left no profile");
        assertEquals(null, TestDb.text(DB, "select full_name from attendee where id = ?::uuid", attendee.toString()));
        awaitAllSent();
        assertEquals(
                0,
                InMemoryEvents.sent(outbox, "attendee.registered", attendee.toString())
                        .size());
    }

    @Test
    void eventsThisServiceDoesNotActOnAreAcknowledgedWithoutAnInboxRow() throws Exception {
        String ceId = UUID.randomUUID().toString();
        Delivery sent = InMemoryEvents.cloudEvent(ceId, "invitation.sent", "{\"invitationId\": \"x\"}");
        invitations.send(sent.message());

        assertNull(sent.verdict());
        assertEquals(0, count("select count(*) from processed_event where event_id = ?", ceId));
    }

    @Test
    void aMessageThatIsNoCloudEventOrHasUnreadableDataIsDeadLettered() throws Exception {
        Delivery plain = InMemoryEvents.plain("{\"hello\": 1}");
        invitations.send(plain.message());
        Delivery unreadable = InMemoryEvents.cloudEvent(
                UUID.randomUUID().toString(), "invitation.accepted", "{\"attendeeId\": \"not-a-uuid\"");
        invitations.send(unreadable.message());

        Throwable notACloudEvent = plain.verdict();
        assertInstanceOf(PoisonMessageException.class, notACloudEvent);
        assertTrue(
                notACloudEvent.getMessage().startsWith("attendee-service.invitations: not a CloudEvent"),
                notACloudEvent.getMessage());
        assertInstanceOf(PoisonMessageException.class, unreadable.verdict());
    }

    private void accept(UUID invitation, UUID attendee) throws Exception {
        deliver("invitation.accepted", InvitationEventsConsumerTest.accepted(invitation, attendee, "Han Meimei"));
    }

    private void deliver(String type, String data) throws Exception {
        Delivery delivery = InMemoryEvents.cloudEvent(UUID.randomUUID().toString(), type, data);
        invitations.send(delivery.message());
        assertNull(delivery.verdict(), type + " acknowledged");
    }

    private static io.restassured.response.ValidatableResponse attendee(UUID id) {
        return given().auth()
                .oauth2(TestTokens.organizer())
                .get("/api/attendees/" + id)
                .then()
                .statusCode(200);
    }

    /** every outbox row written so far has gone out through the relay */
    private static void awaitAllSent() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from outbox_event where published_at is null") == 0);
    }

    private static final String DB = "summit_attendee_test";

    private static long count(String sql, Object... parameters) throws Exception {
        return TestDb.count(DB, sql, parameters);
    }
}
